// The commission's acts on a case, written as that case's events through
// appendEvents (so the case's rules, the outbox and the summary are kept in the
// same transaction): the inspection act with its photos, and the conclusion.
import {
  checkAdoption,
  membersOn,
  type AdoptionRefusal,
  type Commission,
  type MemberRole,
  type Signature,
} from '@shared/commission/commission';
import { actInForce, checkSupersede, InspectionActFields, type InspectionAct, type SupersedeProblem } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import { appendEvents, type eventsOf, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import { makeThumbnail, sha256Hex, sniffMime, checkAttachment, type AttachmentProblem } from '@renderer/db/attachments';
import type { AttachmentRow } from '@renderer/db/schema';
import { StorageFailure } from '@renderer/db/storage-errors';
import type { SessionRow } from './tables';
import { checkConclusionThreshold, type NoThresholdChoice } from '@shared/commission/threshold-rule';
import type { ThresholdTable } from '@shared/commission/thresholds';

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
  /** The income test the conclusion depends on (service, application date, region, table in force). */
  threshold?: { service: string; date: string; region?: string; table?: ThresholdTable };
  /** The explicit, recorded choice to conclude where no threshold is in force for the date. */
  noThreshold?: NoThresholdChoice;
}

export type AdoptionProblem = AdoptionRefusal | { reason: 'notOnAgenda' } | { reason: 'noReasons' } | { reason: 'noThresholdInForce' };

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
  // A conclusion that depends on a threshold missing for the date needs the recorded "no threshold in force" choice.
  const threshold = input.threshold
    ? checkConclusionThreshold({ ...input.threshold, stage: 'precinctCommission', noThreshold: input.noThreshold })
    : { ok: true as const };
  if (!threshold.ok) throw new AdoptionRefused({ reason: 'noThresholdInForce' });
  const noThresholdInForce = 'noThreshold' in threshold ? threshold.noThreshold : undefined;
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
            composition: {
              decision: input.commission.decision,
              members: [...serving.values()].map((m) => ({
                memberId: m.id,
                fullName: m.fullName,
                position: m.position,
                role: m.role,
                present: input.session.presentIds.includes(m.id),
              })),
            },
            ...(input.perCapita !== undefined ? { perCapita: input.perCapita } : {}),
            ...(noThresholdInForce ? { noThresholdInForce } : {}),
          },
        },
      ];
    }),
  );
}
