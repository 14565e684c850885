// Writes of the precinct commission's own records: the commission and its
// composition history, its sessions, and sending cases to it (a case event,
// through appendEvents). The act and the conclusion are in act-commands.ts.
import { Commission, type CommissionMember, type MemberRole } from '@shared/commission/commission';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { conclusionsOf } from './reads';
import type { CommissionRow, SessionRow } from './tables';

export interface MemberInput {
  fullName: string;
  position: string;
  role: MemberRole;
  from: string;
}

/** A commission record that fails its schema; `field` names the value at fault. */
export class InvalidCommission extends Error {
  constructor(readonly field: string) {
    super(`invalid commission: ${field}`);
    this.name = 'InvalidCommission';
  }
}

function parseCommission(value: Commission): Commission {
  const parsed = Commission.safeParse(value);
  if (!parsed.success) throw new InvalidCommission(parsed.error.issues[0].path.join('.'));
  return parsed.data;
}

const member = (input: MemberInput): CommissionMember => ({
  id: crypto.randomUUID(),
  fullName: input.fullName.trim(),
  position: input.position.trim(),
  role: input.role,
  from: input.from,
});

export async function createCommission(
  db: AkimatDb,
  input: { officeCode: string; decision: { number: string; date: string }; members: MemberInput[] },
  by: { name: string; at: string },
): Promise<CommissionRow> {
  const commission = parseCommission({
    id: crypto.randomUUID(),
    officeCode: input.officeCode,
    decision: { number: input.decision.number.trim(), date: input.decision.date },
    members: input.members.map(member),
  });
  const row: CommissionRow = { ...commission, createdAt: by.at, createdBy: by.name };
  await db.commissions.add(row);
  return row;
}

async function changeMembers(
  db: AkimatDb,
  commissionId: string,
  change: (members: CommissionMember[]) => CommissionMember[],
): Promise<CommissionRow> {
  return db.transaction('rw', db.commissions, async () => {
    const row = await db.commissions.get(commissionId);
    if (!row) throw new InvalidCommission('id');
    const next = { ...row, members: change(row.members) };
    parseCommission(next);
    await db.commissions.put(next);
    return next;
  });
}

/** A new member from a date; earlier records stay as they were. */
export function addMember(db: AkimatDb, commissionId: string, input: MemberInput): Promise<CommissionRow> {
  return changeMembers(db, commissionId, (members) => [...members, member(input)]);
}

/** Closes a member's record on `to` (the last day served); the record stays in the history. */
export function endMembership(db: AkimatDb, commissionId: string, memberId: string, to: string): Promise<CommissionRow> {
  return changeMembers(db, commissionId, (members) =>
    members.map((m) => {
      if (m.id !== memberId) return m;
      if (to < m.from) throw new InvalidCommission('members.to');
      return { ...m, to };
    }),
  );
}

export interface BulkOutcome {
  sent: string[];
  refused: { caseId: string; error: unknown }[];
}

/** Sends each case to the commission in its own transaction; one refusal does not stop the others. */
export async function sendToCommission(ctx: WriteContext, caseIds: readonly string[], commissionId: string): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { sent: [], refused: [] };
  for (const caseId of caseIds) {
    try {
      await appendEvents(ctx, caseId, () => [{ type: 'sentToCommission', payload: { commissionId } }]);
      outcome.sent.push(caseId);
    } catch (error) {
      outcome.refused.push({ caseId, error });
    }
  }
  return outcome;
}

export async function createSession(
  db: AkimatDb,
  input: { commissionId: string; date: string; place: string; presentIds: string[]; caseIds: string[] },
  by: { name: string; at: string },
): Promise<SessionRow> {
  return db.transaction('rw', db.commissionSessions, async () => {
    const count = await db.commissionSessions.where('commissionId').equals(input.commissionId).count();
    const row: SessionRow = {
      id: crypto.randomUUID(),
      ...input,
      place: input.place.trim(),
      number: count + 1,
      createdAt: by.at,
      createdBy: by.name,
    };
    await db.commissionSessions.add(row);
    return row;
  });
}

export class SessionLocked extends Error {
  constructor() {
    super('a conclusion was adopted at this session: who was present can no longer change');
    this.name = 'SessionLocked';
  }
}

/** Changes the presence or the agenda; presence is fixed once a conclusion has been adopted at the session. */
export async function updateSession(
  db: AkimatDb,
  sessionId: string,
  patch: Partial<Pick<SessionRow, 'date' | 'place' | 'presentIds' | 'caseIds'>>,
): Promise<SessionRow> {
  const row = await db.commissionSessions.get(sessionId);
  if (!row) throw new Error('no such session');
  const adopted = await conclusionsOf(db, row);
  const presenceChanged =
    patch.presentIds && (patch.presentIds.length !== row.presentIds.length || patch.presentIds.some((id) => !row.presentIds.includes(id)));
  const dateChanged = patch.date !== undefined && patch.date !== row.date;
  if (adopted.size > 0 && (presenceChanged || dateChanged)) throw new SessionLocked();
  if (patch.caseIds && [...adopted.keys()].some((id) => !patch.caseIds!.includes(id))) throw new SessionLocked();
  const next = { ...row, ...patch };
  await db.commissionSessions.put(next);
  return next;
}

/** Where the half-filled act of a case is kept while it is typed. */
const actDraftId = (caseId: string) => `commission-act:${caseId}`;

export interface ActDraft<Form> {
  form?: Form;
  /** The act the draft would supersede (none for a first act). */
  supersedes?: string;
}

export async function saveActDraft<Form>(db: AkimatDb, caseId: string, userId: string, data: ActDraft<Form>): Promise<void> {
  await db.drafts.put({ id: actDraftId(caseId), userId, updatedAt: new Date().toISOString(), data });
}

export async function dropActDraft(db: AkimatDb, caseId: string): Promise<void> {
  await db.drafts.delete(actDraftId(caseId));
}

export async function loadActDraft<Form>(db: AkimatDb, caseId: string): Promise<ActDraft<Form> | undefined> {
  return (await db.drafts.get(actDraftId(caseId)))?.data as ActDraft<Form> | undefined;
}
