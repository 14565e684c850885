// The unit's staff, commissions and sessions as they stand, folded from its
// stream in the order the events were accepted. An event the unit's rules
// refuse changes nothing and is kept aside, as the case fold does.
import type { CaseEvent, CaseEventOf, RejectionCode } from '../case';
import type { Commission } from '../commission/commission';
import type { PasswordHash } from '../staff/password';
import type { StaffRole } from './events';
import { appendToUnitRules, type UnitRules } from './rules';

export interface StaffRecord {
  id: string;
  name: string;
  role: StaffRole;
  active: boolean;
  password: PasswordHash;
  addedAt: string;
  addedBy: string;
}

export interface CommissionRecord extends Commission {
  createdAt: string;
  createdBy: string;
}

export interface SessionRecord {
  id: string;
  commissionId: string;
  number: number;
  date: string;
  place: string;
  presentIds: string[];
  caseIds: string[];
  createdAt: string;
  createdBy: string;
}

export interface UnitState {
  rules: UnitRules | undefined;
  staff: Map<string, StaffRecord>;
  commissions: Map<string, CommissionRecord>;
  sessions: Map<string, SessionRecord>;
  rejected: { event: CaseEvent; code: RejectionCode }[];
}

type Of<T extends CaseEvent['type']> = CaseEventOf<T>;

function apply(state: UnitState, event: CaseEvent): void {
  const by = { at: event.at, name: event.actor.name };
  switch (event.type) {
    case 'staffAdded': {
      const p = (event as Of<'staffAdded'>).payload;
      state.staff.set(p.userId, {
        id: p.userId,
        name: p.name,
        role: p.role,
        active: true,
        password: p.password,
        addedAt: by.at,
        addedBy: by.name,
      });
      return;
    }
    case 'staffRoleChanged': {
      const p = (event as Of<'staffRoleChanged'>).payload;
      state.staff.set(p.userId, { ...state.staff.get(p.userId)!, role: p.role });
      return;
    }
    case 'staffDeactivated': {
      const p = (event as Of<'staffDeactivated'>).payload;
      state.staff.set(p.userId, { ...state.staff.get(p.userId)!, active: false });
      return;
    }
    case 'staffPasswordSet': {
      const p = (event as Of<'staffPasswordSet'>).payload;
      state.staff.set(p.userId, { ...state.staff.get(p.userId)!, password: p.password });
      return;
    }
    case 'commissionFormed': {
      const p = (event as Of<'commissionFormed'>).payload;
      state.commissions.set(p.commissionId, {
        id: p.commissionId,
        officeCode: event.office,
        decision: p.decision,
        members: p.members,
        createdAt: by.at,
        createdBy: by.name,
      });
      return;
    }
    case 'commissionMemberAdded': {
      const p = (event as Of<'commissionMemberAdded'>).payload;
      const c = state.commissions.get(p.commissionId)!;
      state.commissions.set(c.id, { ...c, members: [...c.members, p.member] });
      return;
    }
    case 'commissionMemberEnded': {
      const p = (event as Of<'commissionMemberEnded'>).payload;
      const c = state.commissions.get(p.commissionId)!;
      state.commissions.set(c.id, { ...c, members: c.members.map((m) => (m.id === p.memberId ? { ...m, to: p.to } : m)) });
      return;
    }
    case 'sessionOpened': {
      const { imported: _, sessionId, ...p } = (event as Of<'sessionOpened'>).payload;
      state.sessions.set(sessionId, { id: sessionId, ...p, createdAt: by.at, createdBy: by.name });
      return;
    }
    case 'sessionChanged': {
      const { sessionId, ...patch } = (event as Of<'sessionChanged'>).payload;
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      state.sessions.set(sessionId, { ...state.sessions.get(sessionId)!, ...defined });
      return;
    }
  }
}

/** Folds a unit's stream (in accepted order) into its staff, commissions and sessions. */
export function foldUnit(events: readonly CaseEvent[]): UnitState {
  const state: UnitState = { rules: undefined, staff: new Map(), commissions: new Map(), sessions: new Map(), rejected: [] };
  for (const event of events) {
    const verdict = appendToUnitRules(state.rules, event);
    if (!verdict.ok) {
      state.rejected.push({ event, code: verdict.code });
      continue;
    }
    state.rules = verdict.rules;
    apply(state, event);
  }
  return state;
}
