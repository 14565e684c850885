// The precinct commission: its composition over time, the quorum of a session,
// and the rules for adopting a conclusion on a case.
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MemberRole = z.enum(['chair', 'deputyChair', 'secretary', 'member']);
export type MemberRole = z.infer<typeof MemberRole>;

export const CommissionMember = z.object({
  id: z.string().min(1),
  fullName: z.string().trim().min(1),
  position: z.string().trim().min(1),
  role: MemberRole,
  /** The member serves from this date … */
  from: IsoDate,
  /** … up to and including this date; absent while serving. Changes of composition close a record and open another. */
  to: IsoDate.optional(),
});
export type CommissionMember = z.infer<typeof CommissionMember>;

export const Commission = z.object({
  id: z.string().min(1),
  officeCode: z.string().min(1),
  /** The akim's decision that formed the commission. */
  decision: z.object({ number: z.string().trim().min(1), date: IsoDate }),
  members: z.array(CommissionMember),
});
export type Commission = z.infer<typeof Commission>;

export interface QuorumRule {
  /** More than this share of the members serving on the day must be present. */
  moreThanShare: number;
  /** The chair or a deputy chair must be present. */
  requireChairOrDeputy: boolean;
}

export const DEFAULT_QUORUM_RULE: QuorumRule = { moreThanShare: 0.5, requireChairOrDeputy: true };

/** The members serving on a date. */
export function membersOn(commission: Commission, date: string): CommissionMember[] {
  return commission.members.filter((m) => m.from <= date && (m.to === undefined || date <= m.to));
}

export type QuorumResult =
  | { ok: true; present: number; serving: number }
  | {
      ok: false;
      reason: 'noMembers' | 'notEnough' | 'noChair' | 'notAMember';
      present: number;
      serving: number;
      needed: number;
      who?: string;
    };

/** Smallest number of present members that is more than the share. */
export function neededForQuorum(serving: number, rule: QuorumRule = DEFAULT_QUORUM_RULE): number {
  return Math.floor(serving * rule.moreThanShare) + 1;
}

export function checkQuorum(
  commission: Commission,
  date: string,
  presentIds: readonly string[],
  rule: QuorumRule = DEFAULT_QUORUM_RULE,
): QuorumResult {
  const serving = membersOn(commission, date);
  const needed = neededForQuorum(serving.length, rule);
  const servingIds = new Set(serving.map((m) => m.id));
  const stranger = presentIds.find((id) => !servingIds.has(id));
  const present = new Set(presentIds.filter((id) => servingIds.has(id)));
  const base = { present: present.size, serving: serving.length, needed };
  if (serving.length === 0) return { ok: false, reason: 'noMembers', ...base };
  if (stranger) return { ok: false, reason: 'notAMember', who: stranger, ...base };
  if (present.size < needed) return { ok: false, reason: 'notEnough', ...base };
  if (rule.requireChairOrDeputy && !serving.some((m) => present.has(m.id) && (m.role === 'chair' || m.role === 'deputyChair'))) {
    return { ok: false, reason: 'noChair', ...base };
  }
  return { ok: true, present: present.size, serving: serving.length };
}

export interface Signature {
  memberId: string;
  vote: 'agree' | 'dissent';
  /** Required with a dissent: the member's dissenting opinion. */
  opinion?: string;
}

export interface AdoptionRequest {
  commission: Commission;
  sessionDate: string;
  presentIds: readonly string[];
  /** The case has an inspection act in force. */
  hasAct: boolean;
  /** Who records the adoption (must be a present member). */
  adoptedBy: string;
  signatures: readonly Signature[];
  rule?: QuorumRule;
}

export type AdoptionRefusal =
  | { reason: 'noQuorum'; quorum: Extract<QuorumResult, { ok: false }> }
  | { reason: 'noAct' }
  | { reason: 'notMember'; who: string }
  | { reason: 'unsigned'; who: string[] }
  | { reason: 'dissentWithoutOpinion'; who: string }
  | { reason: 'noMajority'; agree: number; dissent: number };

/** Whether a conclusion may be adopted; every refusal says why. */
export function checkAdoption(req: AdoptionRequest): { ok: true } | ({ ok: false } & AdoptionRefusal) {
  const quorum = checkQuorum(req.commission, req.sessionDate, req.presentIds, req.rule);
  if (!quorum.ok) return { ok: false, reason: 'noQuorum', quorum };
  if (!req.hasAct) return { ok: false, reason: 'noAct' };
  const present = new Set(req.presentIds);
  if (!present.has(req.adoptedBy)) return { ok: false, reason: 'notMember', who: req.adoptedBy };
  const outsider = req.signatures.find((s) => !present.has(s.memberId));
  if (outsider) return { ok: false, reason: 'notMember', who: outsider.memberId };
  const signed = new Set(req.signatures.map((s) => s.memberId));
  const unsigned = [...present].filter((id) => !signed.has(id));
  if (unsigned.length > 0) return { ok: false, reason: 'unsigned', who: unsigned };
  const silent = req.signatures.find((s) => s.vote === 'dissent' && !s.opinion?.trim());
  if (silent) return { ok: false, reason: 'dissentWithoutOpinion', who: silent.memberId };
  const agree = req.signatures.filter((s) => s.vote === 'agree').length;
  const dissent = req.signatures.length - agree;
  if (agree <= dissent) return { ok: false, reason: 'noMajority', agree, dissent };
  return { ok: true };
}
