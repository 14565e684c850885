// Writes of the precinct commission's own facts: the commission and its
// composition history and its sessions (events of the unit's stream, through
// appendUnitEvents), and sending cases to it (a case event, through appendEvents). The act and the conclusion are in act-commands.ts.
import { Commission, type CommissionMember, type MemberRole } from '@shared/commission/commission';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';
import { appendUnitEvents } from '@renderer/db/unit-store';
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

/** The akim's decision forming the commission, with its first members: an event of the unit's stream. */
export async function createCommission(
  ctx: WriteContext,
  input: { officeCode: string; decision: { number: string; date: string }; members: MemberInput[] },
): Promise<CommissionRow> {
  const commission = parseCommission({
    id: crypto.randomUUID(),
    officeCode: input.officeCode,
    decision: { number: input.decision.number.trim(), date: input.decision.date },
    members: input.members.map(member),
  });
  const { id: commissionId, decision, members } = commission;
  await appendUnitEvents(ctx, () => [{ type: 'commissionFormed', payload: { commissionId, decision, members } }]);
  return (await ctx.db.commissions.get(commissionId))!;
}

async function commissionOf(ctx: WriteContext, commissionId: string): Promise<CommissionRow> {
  const row = await ctx.db.commissions.get(commissionId);
  if (!row) throw new InvalidCommission('id');
  return row;
}

/** A new member from a date; earlier records stay as they were. */
export async function addMember(ctx: WriteContext, commissionId: string, input: MemberInput): Promise<CommissionRow> {
  const row = await commissionOf(ctx, commissionId);
  const added = member(input);
  parseCommission({ ...row, members: [...row.members, added] });
  await appendUnitEvents(ctx, () => [{ type: 'commissionMemberAdded', payload: { commissionId, member: added } }]);
  return commissionOf(ctx, commissionId);
}

/** Closes a member's record on `to` (the last day served); the record stays in the history. */
export async function endMembership(ctx: WriteContext, commissionId: string, memberId: string, to: string): Promise<CommissionRow> {
  const row = await commissionOf(ctx, commissionId);
  const ended = row.members.find((m) => m.id === memberId);
  if (!ended || to < ended.from) throw new InvalidCommission('members.to');
  parseCommission({ ...row, members: row.members.map((m) => (m.id === memberId ? { ...m, to } : m)) });
  await appendUnitEvents(ctx, () => [{ type: 'commissionMemberEnded', payload: { commissionId, memberId, to } }]);
  return commissionOf(ctx, commissionId);
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

/** Opens a session (numbered after the commission's sessions this PC knows of): an event of the unit's stream. */
export async function createSession(
  ctx: WriteContext,
  input: { commissionId: string; date: string; place: string; presentIds: string[]; caseIds: string[] },
): Promise<SessionRow> {
  const sessionId = crypto.randomUUID();
  await appendUnitEvents(ctx, async () => {
    const count = await ctx.db.commissionSessions.where('commissionId').equals(input.commissionId).count();
    return [{ type: 'sessionOpened', payload: { sessionId, ...input, place: input.place.trim(), number: count + 1 } }];
  });
  return (await ctx.db.commissionSessions.get(sessionId))!;
}

export class SessionLocked extends Error {
  constructor() {
    super('a conclusion was adopted at this session: who was present can no longer change');
    this.name = 'SessionLocked';
  }
}

/** Changes the presence or the agenda; presence is fixed once a conclusion has been adopted at the session. */
export async function updateSession(
  ctx: WriteContext,
  sessionId: string,
  patch: Partial<Pick<SessionRow, 'date' | 'place' | 'presentIds' | 'caseIds'>>,
): Promise<SessionRow> {
  const row = await ctx.db.commissionSessions.get(sessionId);
  if (!row) throw new Error('no such session');
  const adopted = await conclusionsOf(ctx.db, row);
  const presenceChanged =
    patch.presentIds && (patch.presentIds.length !== row.presentIds.length || patch.presentIds.some((id) => !row.presentIds.includes(id)));
  const dateChanged = patch.date !== undefined && patch.date !== row.date;
  if (adopted.size > 0 && (presenceChanged || dateChanged)) throw new SessionLocked();
  if (patch.caseIds && [...adopted.keys()].some((id) => !patch.caseIds!.includes(id))) throw new SessionLocked();
  await appendUnitEvents(ctx, () => [{ type: 'sessionChanged', payload: { sessionId, ...patch } }]);
  return (await ctx.db.commissionSessions.get(sessionId))!;
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
