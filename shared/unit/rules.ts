// Who may write which fact of a unit's stream, checked on a small state that the
// server keeps beside the stream (like a case's rule state): the roster (role,
// active) and the ids of commissions, their members and sessions. The same
// check runs on the PC before it appends and in its projection (fold.ts).
import type { CaseEvent, RejectionCode } from '../case';
import { isUnitEventType, type StaffRole } from './events';

export interface UnitRules {
  /** Tells a unit's rule state from a case's in the server's rule_state column. */
  unit: true;
  staff: Record<string, { role: StaffRole; active: boolean }>;
  /** Commission id → its members' record ids. */
  commissions: Record<string, string[]>;
  sessions: Record<string, true>;
}

export const emptyUnitRules = (): UnitRules => ({ unit: true, staff: {}, commissions: {}, sessions: {} });

const HEADS: readonly StaffRole[] = ['akim', 'districtHead'];
const DISTRICT: readonly StaffRole[] = ['districtClerk', 'districtExecutor', 'districtHead'];
const familyOf = (role: string) => (DISTRICT.includes(role as StaffRole) ? 'district' : 'office');

const activeHeads = (rules: UnitRules) => Object.entries(rules.staff).filter(([, s]) => s.active && HEADS.includes(s.role));

/** Whether the actor is on the unit's staff, active, in the role the event names. */
export function actorOnStaff(rules: UnitRules, actor: CaseEvent['actor']): boolean {
  const member = rules.staff[actor.id];
  return member?.active === true && member.role === actor.role;
}

const isHead = (rules: UnitRules, actor: CaseEvent['actor']) => actorOnStaff(rules, actor) && HEADS.includes(actor.role as StaffRole);

export type UnitVerdict = { ok: true; rules: UnitRules } | { ok: false; code: RejectionCode; message: string };

const refuse = (code: RejectionCode, message: string): UnitVerdict => ({ ok: false, code, message });

/** The verdict on one event of the unit's stream and, when accepted, the rules after it (the input is not changed). */
export function appendToUnitRules(current: UnitRules | undefined, event: CaseEvent): UnitVerdict {
  if (!isUnitEventType(event.type)) return refuse('wrongCase', "a case event does not belong to the unit's stream");
  const rules: UnitRules = structuredClone(current ?? emptyUnitRules());
  const { actor } = event;
  switch (event.type) {
    case 'staffAdded': {
      const p = event.payload;
      if (rules.staff[p.userId]) return refuse('unitDuplicate', 'this person is already on the staff');
      if (familyOf(p.role) !== familyOf(actor.role)) return refuse('notHead', 'a role of another kind of unit');
      // The unit's first head introduces themself at setup; while there is no head, staff may add one.
      const bootstrap = activeHeads(rules).length === 0 && (actor.id === p.userId || actorOnStaff(rules, actor));
      if (!p.imported && !bootstrap && !isHead(rules, actor)) return refuse('notHead', 'only the akim or the head adds staff');
      rules.staff[p.userId] = { role: p.role, active: true };
      return { ok: true, rules };
    }
    case 'staffRoleChanged':
    case 'staffDeactivated': {
      const target = rules.staff[event.payload.userId];
      if (!target?.active) return refuse('unitUnknown', 'no such active staff member');
      if (!isHead(rules, actor)) return refuse('notHead', 'only the akim or the head changes staff');
      const nextRole = event.type === 'staffRoleChanged' ? event.payload.role : undefined;
      if (nextRole && familyOf(nextRole) !== familyOf(target.role)) return refuse('notHead', 'a role of another kind of unit');
      const stillHead = nextRole !== undefined && HEADS.includes(nextRole);
      if (HEADS.includes(target.role) && !stillHead && activeHeads(rules).length === 1) {
        return refuse('lastHead', 'the unit would be left with no akim or head');
      }
      rules.staff[event.payload.userId] = nextRole ? { ...target, role: nextRole } : { ...target, active: false };
      return { ok: true, rules };
    }
    case 'staffPasswordSet': {
      const p = event.payload;
      if (!rules.staff[p.userId]?.active) return refuse('unitUnknown', 'no such active staff member');
      const allowed = p.reset ? isHead(rules, actor) : actor.id === p.userId && actorOnStaff(rules, actor);
      return allowed ? { ok: true, rules } : refuse('notHead', 'a person changes their own password; the akim or head resets one');
    }
    case 'commissionFormed': {
      const p = event.payload;
      if (rules.commissions[p.commissionId]) return refuse('unitDuplicate', 'this commission is already formed');
      if (!p.imported && !isHead(rules, actor)) return refuse('notHead', "the akim's decision forms the commission");
      rules.commissions[p.commissionId] = p.members.map((m) => m.id);
      return { ok: true, rules };
    }
    case 'commissionMemberAdded':
    case 'commissionMemberEnded': {
      const members = rules.commissions[event.payload.commissionId];
      if (!members) return refuse('unitUnknown', 'no such commission');
      if (!isHead(rules, actor)) return refuse('notHead', "the akim's decision changes the composition");
      if (event.type === 'commissionMemberAdded') {
        if (members.includes(event.payload.member.id)) return refuse('unitDuplicate', 'this member record exists');
        members.push(event.payload.member.id);
      } else if (!members.includes(event.payload.memberId)) return refuse('unitUnknown', 'no such member');
      return { ok: true, rules };
    }
    case 'sessionOpened': {
      const p = event.payload;
      if (rules.sessions[p.sessionId]) return refuse('unitDuplicate', 'this session exists');
      if (!rules.commissions[p.commissionId]) return refuse('unitUnknown', 'no such commission');
      if (!p.imported && !actorOnStaff(rules, actor)) return refuse('notOnStaff', 'the author is not on the staff');
      rules.sessions[p.sessionId] = true;
      return { ok: true, rules };
    }
    case 'sessionChanged': {
      if (!rules.sessions[event.payload.sessionId]) return refuse('unitUnknown', 'no such session');
      if (!actorOnStaff(rules, actor)) return refuse('notOnStaff', 'the author is not on the staff');
      return { ok: true, rules };
    }
    case 'surveyAnswered':
      // Anyone on the staff records what a consumer answered; the rules keep nothing of it.
      return actorOnStaff(rules, actor) ? { ok: true, rules } : refuse('notOnStaff', 'the author is not on the staff');
    default:
      return refuse('wrongCase', 'not a fact of the unit');
  }
}

/** Whether an event is an import from an earlier build (the server takes those only from such a PC). */
export function isImport(event: CaseEvent): boolean {
  return 'imported' in event.payload && event.payload.imported === true;
}
