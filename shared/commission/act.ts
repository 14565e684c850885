// The household inspection act (акт обследования жилищно-бытовых условий) as
// it travels inside an `inspectionRecorded` event, the rule that a recorded act
// is never edited but superseded by a new one with a reason, and which services
// go through the precinct commission.
import { z } from 'zod';
import type { CatalogEntry } from '../catalog/schema';
import { INCOME_CATEGORIES, perCapitaIncome, previousMonths, previousQuarter, type IncomeProblem, type IncomeResult } from './income';
import { thresholdFor, type Threshold, type ThresholdTable } from './thresholds';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Text = z.string().trim().min(1);

export const HOUSING_TYPES = ['house', 'flat', 'dormitory', 'other'] as const;
export const OWNERSHIP_KINDS = ['own', 'rented', 'relatives', 'state', 'none'] as const;
export const HOUSING_CONDITIONS = ['good', 'satisfactory', 'poor', 'dilapidated'] as const;
export const UTILITIES = ['electricity', 'gas', 'water', 'sewerage', 'heating', 'phone', 'internet'] as const;

export const ActFamilyMember = z.object({
  iin: z.string().regex(/^\d{12}$/),
  fullName: Text,
  relation: Text,
});
export type ActFamilyMember = z.infer<typeof ActFamilyMember>;

export const ActIncomeLine = z.object({
  memberIin: z.string().regex(/^\d{12}$/),
  category: z.enum(INCOME_CATEGORIES),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  amount: z.number().nonnegative(),
});

export const ActPhoto = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: Text, mime: z.enum(['image/jpeg', 'image/png']) });
export type ActPhoto = z.infer<typeof ActPhoto>;

/** The act's own fields; the event adds actId, supersedes and reason. */
export const InspectionActFields = z.object({
  date: IsoDate,
  commissionId: Text,
  /** Members who visited the household (at least one), with their names as of the visit. */
  visitedBy: z.array(z.object({ id: Text, fullName: Text })).min(1),
  address: Text,
  family: z.array(ActFamilyMember).min(1),
  /** Why the family differs from the one in the application; required when it does. */
  familyChangeReason: z.string().trim().optional(),
  housing: z.object({
    type: z.enum(HOUSING_TYPES),
    ownership: z.enum(OWNERSHIP_KINDS),
    rooms: z.number().int().min(0).max(50),
    area: z.number().nonnegative().optional(),
    condition: z.enum(HOUSING_CONDITIONS),
    utilities: z.array(z.enum(UTILITIES)),
  }),
  landPlot: z.string().trim().default(''),
  livestock: z.string().trim().default(''),
  vehicles: z.string().trim().default(''),
  otherProperty: z.string().trim().default(''),
  months: z.array(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)).min(1),
  incomes: z.array(ActIncomeLine),
  notes: z.string().trim().default(''),
  photos: z.array(ActPhoto).default([]),
});
export type InspectionActFields = z.infer<typeof InspectionActFields>;

export type InspectionAct = InspectionActFields & { actId: string; supersedes?: string; reason?: string };

/** The act now in force: the last one recorded (each later act supersedes the one before). */
export function actInForce<T extends { actId: string }>(acts: readonly T[]): T | undefined {
  return acts[acts.length - 1];
}

export type SupersedeProblem = 'mustSupersedeLatest' | 'reasonRequired' | 'nothingToSupersede';

/**
 * A first act supersedes nothing; every later act names the act in force and
 * says why it replaces it. Recorded acts are never edited.
 */
export function checkSupersede(
  existing: readonly { actId: string }[],
  next: { supersedes?: string; reason?: string },
): SupersedeProblem | null {
  const current = actInForce(existing);
  if (!current) return next.supersedes ? 'nothingToSupersede' : null;
  if (next.supersedes !== current.actId) return 'mustSupersedeLatest';
  if (!next.reason?.trim()) return 'reasonRequired';
  return null;
}

/** Whether a family in the act differs from the application's (by IIN). */
export function familyChanged(fromCase: readonly { iin: string }[], inAct: readonly { iin: string }[]): boolean {
  const a = new Set(fromCase.map((m) => m.iin));
  const b = new Set(inAct.map((m) => m.iin));
  return a.size !== b.size || [...a].some((iin) => !b.has(iin));
}

/**
 * Services whose akim channel goes through the precinct commission (in this branch, if the step is
 * branch-bound). An act may name only the commission's conclusion step, so that step counts as well.
 */
export function usesCommission(entry: CatalogEntry, branch?: string): boolean {
  const akim = entry.channels.find((c) => c.channel === 'akim');
  return !!akim?.steps.some(
    (s) =>
      (s.milestone === 'sendToCommission' || s.milestone === 'commissionConclusion') &&
      (!s.branches || (branch !== undefined && s.branches.includes(branch))),
  );
}

/** The months whose income counts: the threshold row's period, else the quarter before the application. */
export function incomeMonths(service: string, applicationDate: string, table?: ThresholdTable): string[] {
  const row = thresholdFor(service, applicationDate, table)?.row;
  if (row && typeof row.period === 'object') return previousMonths(applicationDate, row.period.months);
  return previousQuarter(applicationDate);
}

export type IncomeAssessment =
  | { ok: true; result: IncomeResult; threshold?: Threshold; below?: boolean; difference?: number }
  | { ok: false; problem: IncomeProblem };

/** The per-capita income of the act's family and how it compares with the threshold for the service on the application date. */
export function assessIncome(
  act: Pick<InspectionActFields, 'family' | 'months' | 'incomes'>,
  service: string,
  applicationDate: string,
  table?: ThresholdTable,
): IncomeAssessment {
  const computed = perCapitaIncome({ familyIins: act.family.map((m) => m.iin), months: act.months, lines: act.incomes });
  if (!computed.ok) return computed;
  const threshold = thresholdFor(service, applicationDate, table);
  if (!threshold) return { ok: true, result: computed.result };
  const difference = Math.round((threshold.amount - computed.result.perCapita) * 100) / 100;
  return { ok: true, result: computed.result, threshold, below: computed.result.perCapita < threshold.amount, difference };
}

export const CONCLUSION_KINDS = ['needs', 'doesNotNeed', 'confirmed', 'notConfirmed'] as const;
export type ConclusionKind = (typeof CONCLUSION_KINDS)[number];

/** Income-tested cases conclude on need; the documents-missing branch concludes on whether the conditions are confirmed. */
export function conclusionChoices(branch: string | undefined): [ConclusionKind, ConclusionKind] {
  return branch ? ['confirmed', 'notConfirmed'] : ['needs', 'doesNotNeed'];
}
