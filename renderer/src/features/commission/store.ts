// Reads and writes of the precinct commission: the commission and its
// composition history, sending cases to it, sessions, and the act and the
// conclusion as events of each case (written through appendEvents, so the
// case's rules, the outbox and the summary are kept in the same transaction).
import {
  Commission,
  checkAdoption,
  checkQuorum,
  membersOn,
  type AdoptionRefusal,
  type CommissionMember,
  type MemberRole,
  type Signature,
} from '@shared/commission/commission';
import { actInForce, checkSupersede, InspectionActFields, type InspectionAct, type SupersedeProblem } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import { appendEvents, type eventsOf, loadCase, RejectedWrite, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import { makeThumbnail, sha256Hex, sniffMime, checkAttachment, type AttachmentProblem } from '@renderer/db/attachments';
import type { AkimatDb, AttachmentRow } from '@renderer/db/schema';
import { StorageFailure } from '@renderer/db/storage-errors';
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

/** The office's commission: the one formed by the latest decision. */
export async function currentCommission(db: AkimatDb, officeCode: string): Promise<CommissionRow | undefined> {
  const rows = await db.commissions.where('officeCode').equals(officeCode).toArray();
  return rows
    .sort((a, b) =>
      a.decision.date === b.decision.date ? a.createdAt.localeCompare(b.createdAt) : a.decision.date.localeCompare(b.decision.date),
    )
    .at(-1);
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

export async function listSessions(db: AkimatDb, commissionId: string): Promise<SessionRow[]> {
  return (await db.commissionSessions.where('commissionId').equals(commissionId).toArray()).sort((a, b) => b.number - a.number);
}

/** The conclusions adopted at a session, by case. */
export async function conclusionsOf(db: AkimatDb, session: SessionRow): Promise<Map<string, CaseState>> {
  const out = new Map<string, CaseState>();
  for (const caseId of session.caseIds) {
    const state = await loadCase(db, caseId);
    if (state?.conclusion && (state.conclusion as { sessionId?: string }).sessionId === session.id) out.set(caseId, state);
  }
  return out;
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

/** The act cannot be recorded: a photo that is not a JPEG/PNG, or it does not supersede the act in force with a reason. */
export class ActRefused extends Error {
  constructor(
    readonly problem: { photo: AttachmentProblem | 'notImage'; name: string } | { supersede: SupersedeProblem } | { field: string },
  ) {
    super(`act refused: ${JSON.stringify(problem)}`);
    this.name = 'ActRefused';
  }
}

export interface ActOptions {
  supersedes?: string;
  reason?: string;
  photos?: (Blob & { name: string })[];
}

/**
 * Records an inspection act with its photos: the photos' attachmentAdded
 * events, their files and the act's inspectionRecorded event in one
 * transaction. A later act supersedes the one in force and says why.
 */
export async function recordAct(
  ctx: WriteContext,
  caseId: string,
  fields: Omit<InspectionActFields, 'photos'>,
  options: ActOptions = {},
): Promise<CaseState> {
  // Hash and preview the photos before the transaction (WebCrypto would end it).
  const rows: AttachmentRow[] = [];
  for (const file of options.photos ?? []) {
    const problem = await checkAttachment(file);
    if (problem) throw new ActRefused({ photo: problem, name: file.name });
    const mime = await sniffMime(file);
    if (mime !== 'image/jpeg' && mime !== 'image/png') throw new ActRefused({ photo: 'notImage', name: file.name });
    const sha256 = await sha256Hex(file);
    rows.push({
      id: `${caseId}:${sha256}`,
      caseId,
      sha256,
      name: file.name || 'photo',
      mime,
      size: file.size,
      blob: file,
      thumb: await makeThumbnail(file, mime),
    });
  }
  const photos = rows.map((r) => ({ sha256: r.sha256, name: r.name, mime: r.mime as 'image/jpeg' | 'image/png' }));
  const parsed = InspectionActFields.safeParse({ ...fields, photos });
  if (!parsed.success) throw new ActRefused({ field: parsed.error.issues[0].path.join('.') });

  return ours(
    appendEvents(
      ctx,
      caseId,
      (existing) => {
        const state = existing.length ? foldActs(existing) : [];
        const problem = checkSupersede(state, options);
        if (problem) throw new ActRefused({ supersede: problem });
        const number =
          (existing.find((e) => e.type === 'registered')?.payload as { number?: string } | undefined)?.number ?? caseId.slice(0, 8);
        const act: InspectionAct = {
          ...parsed.data,
          actId: `${number}/${state.length + 1}`,
          ...(options.supersedes ? { supersedes: options.supersedes, reason: options.reason!.trim() } : {}),
        };
        const events: NewEvent[] = [
          ...rows.map((r) => ({
            type: 'attachmentAdded' as const,
            payload: { sha256: r.sha256, name: r.name, mime: r.mime, size: r.size },
          })),
          { type: 'inspectionRecorded', payload: act },
        ];
        return events;
      },
      { attachments: rows },
    ),
  );
}

/** appendEvents reports anything thrown inside its transaction as a storage failure; our own refusals come back out as they were. */
async function ours<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const cause = error instanceof StorageFailure ? error.cause : undefined;
    if (cause instanceof ActRefused || cause instanceof AdoptionRefused) throw cause;
    throw error;
  }
}

function foldActs(events: Awaited<ReturnType<typeof eventsOf>>): InspectionAct[] {
  return events.filter((e) => e.type === 'inspectionRecorded').map((e) => e.payload as unknown as InspectionAct);
}

/** The acts recorded on a case, oldest first (the last is in force). */
export function actsOf(state: CaseState): InspectionAct[] {
  return state.inspections as unknown as InspectionAct[];
}

export interface SignatureInput extends Signature {
  fullName?: string;
}

export interface AdoptionInput {
  caseId: string;
  commission: Commission;
  session: SessionRow;
  conclusion: 'needs' | 'doesNotNeed' | 'confirmed' | 'notConfirmed';
  reasons: string;
  adoptedBy: string;
  signatures: Signature[];
  perCapita?: number;
}

export type AdoptionProblem = AdoptionRefusal | { reason: 'notOnAgenda' } | { reason: 'noReasons' };

/** The conclusion cannot be adopted; `refusal` says why (ADOPTION_REFUSAL_NAMES and the commission dictionary). */
export class AdoptionRefused extends Error {
  constructor(readonly refusal: AdoptionProblem) {
    super(`conclusion refused: ${refusal.reason}`);
    this.name = 'AdoptionRefused';
  }
}

/**
 * Adopts a conclusion at a session: refused without a quorum, without an act in
 * force, by someone not present, with a member who neither signed nor
 * dissented, or for a case not on the session's agenda.
 */
export async function adoptConclusion(ctx: WriteContext, input: AdoptionInput): Promise<CaseState> {
  if (!input.session.caseIds.includes(input.caseId)) throw new AdoptionRefused({ reason: 'notOnAgenda' });
  if (!input.reasons.trim()) throw new AdoptionRefused({ reason: 'noReasons' });
  const serving = new Map(membersOn(input.commission, input.session.date).map((m) => [m.id, m]));
  return ours(
    appendEvents(ctx, input.caseId, (existing) => {
      const acts = foldActs(existing);
      const verdict = checkAdoption({
        commission: input.commission,
        sessionDate: input.session.date,
        presentIds: input.session.presentIds,
        hasAct: acts.length > 0,
        adoptedBy: input.adoptedBy,
        signatures: input.signatures,
      });
      if (!verdict.ok) {
        const { ok: _ok, ...refusal } = verdict;
        throw new AdoptionRefused(refusal as AdoptionRefusal);
      }
      const act = actInForce(acts)!;
      const named = (id: string) => ({
        fullName: serving.get(id)?.fullName ?? id,
        position: serving.get(id)?.position ?? '',
        role: serving.get(id)?.role ?? ('member' as MemberRole),
      });
      return [
        {
          type: 'conclusionAdopted',
          payload: {
            conclusion: input.conclusion,
            reasons: input.reasons.trim(),
            sessionId: input.session.id,
            commissionId: input.commission.id,
            actId: act.actId,
            sessionDate: input.session.date,
            adoptedBy: { memberId: input.adoptedBy, ...named(input.adoptedBy) },
            signatures: input.signatures.map((s) => ({
              ...s,
              opinion: s.vote === 'dissent' ? s.opinion?.trim() : undefined,
              ...named(s.memberId),
            })),
            ...(input.perCapita !== undefined ? { perCapita: input.perCapita } : {}),
          },
        },
      ];
    }),
  );
}

/** The quorum of a session as the commission stood on its date. */
export function sessionQuorum(commission: Commission, session: Pick<SessionRow, 'date' | 'presentIds'>) {
  return checkQuorum(commission, session.date, session.presentIds);
}

export { RejectedWrite };
