// Average per-capita income of a family over the period a service requires:
// the sum of every member's income in every category over the period's months,
// divided by the number of months and by the family size. Money is counted in
// whole tiyn so that sums are exact.
export const INCOME_CATEGORIES = ['wages', 'selfEmployment', 'pension', 'benefits', 'alimony', 'farming', 'property', 'other'] as const;
export type IncomeCategory = (typeof INCOME_CATEGORIES)[number];

export interface IncomeLine {
  memberIin: string;
  category: IncomeCategory;
  /** "YYYY-MM" */
  month: string;
  /** Tenge, up to two decimals. */
  amount: number;
}

export interface IncomeInput {
  /** IINs of everyone counted in the family, the applicant included. */
  familyIins: readonly string[];
  /** The months of the period, e.g. the quarter before the application. */
  months: readonly string[];
  lines: readonly IncomeLine[];
}

export type IncomeProblem =
  | { code: 'emptyFamily' }
  | { code: 'noMonths' }
  | { code: 'badMonth'; month: string }
  | { code: 'outsidePeriod'; month: string }
  | { code: 'notInFamily'; iin: string }
  | { code: 'badAmount'; amount: number };

export interface IncomeResult {
  familySize: number;
  monthCount: number;
  /** Tenge. */
  total: number;
  byMember: Record<string, number>;
  byCategory: Partial<Record<IncomeCategory, number>>;
  byMonth: Record<string, number>;
  /** total / months, tenge rounded to tiyn. */
  monthlyFamilyIncome: number;
  /** total / months / family size, tenge rounded to tiyn. */
  perCapita: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function toTiyn(amount: number): number {
  return Math.round(amount * 100);
}

function toTenge(tiyn: number): number {
  return Math.round(tiyn) / 100;
}

export function perCapitaIncome(input: IncomeInput): { ok: true; result: IncomeResult } | { ok: false; problem: IncomeProblem } {
  const family = [...new Set(input.familyIins)];
  if (family.length === 0) return { ok: false, problem: { code: 'emptyFamily' } };
  const months = [...new Set(input.months)];
  if (months.length === 0) return { ok: false, problem: { code: 'noMonths' } };
  const badMonth = months.find((m) => !MONTH.test(m));
  if (badMonth) return { ok: false, problem: { code: 'badMonth', month: badMonth } };

  const byMember: Record<string, number> = Object.fromEntries(family.map((iin) => [iin, 0]));
  const byMonth: Record<string, number> = Object.fromEntries(months.map((m) => [m, 0]));
  const byCategory: Partial<Record<IncomeCategory, number>> = {};
  let total = 0;
  for (const line of input.lines) {
    if (!(line.memberIin in byMember)) return { ok: false, problem: { code: 'notInFamily', iin: line.memberIin } };
    if (!(line.month in byMonth))
      return { ok: false, problem: { code: MONTH.test(line.month) ? 'outsidePeriod' : 'badMonth', month: line.month } };
    if (!Number.isFinite(line.amount) || line.amount < 0 || Math.abs(toTiyn(line.amount) - line.amount * 100) > 1e-6) {
      return { ok: false, problem: { code: 'badAmount', amount: line.amount } };
    }
    const tiyn = toTiyn(line.amount);
    total += tiyn;
    byMember[line.memberIin] += tiyn;
    byMonth[line.month] += tiyn;
    byCategory[line.category] = (byCategory[line.category] ?? 0) + tiyn;
  }
  const tenge = <T extends Record<string, number>>(record: T) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toTenge(v)])) as T;
  return {
    ok: true,
    result: {
      familySize: family.length,
      monthCount: months.length,
      total: toTenge(total),
      byMember: tenge(byMember),
      byCategory: tenge(byCategory as Record<string, number>),
      byMonth: tenge(byMonth),
      monthlyFamilyIncome: toTenge(total / months.length),
      perCapita: toTenge(total / months.length / family.length),
    },
  };
}

/** The months of the quarter before the one a date falls in, e.g. 2026-11-23 → 2026-07, -08, -09. */
export function previousQuarter(date: string): string[] {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  return [1, 2, 3].map((i) => `${y}-${String(q * 3 + i).padStart(2, '0')}`);
}

/** The n whole months before the month a date falls in, oldest first. */
export function previousMonths(date: string, n: number): string[] {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    out.unshift(`${year}-${String(month).padStart(2, '0')}`);
  }
  return out;
}
