// Income thresholds that a family's per-capita income is compared with, as a
// versioned table that the server can publish anew (values change every year
// with the subsistence minimum set by the republican budget law).
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a threshold is measured against. */
export const THRESHOLD_BASIS_KINDS = ['subsistenceMinimumShare', 'foodBasket', 'maslikhatDecision'] as const;
export type ThresholdBasisKind = (typeof THRESHOLD_BASIS_KINDS)[number];

export const ThresholdRow = z.object({
  /** Catalog service slug, e.g. "targeted-social-assistance". */
  service: z.string().min(1),
  /** Catalog region, e.g. "kyzylorda"; absent: the row holds in every region (a republican figure). */
  region: z.string().min(1).optional(),
  /** The kind of basis (absent in tables published before it existed). */
  basisKind: z.enum(THRESHOLD_BASIS_KINDS).optional(),
  from: IsoDate,
  to: IsoDate.optional(),
  /** The subsistence minimum (ең төменгі күнкөріс деңгейі) in tenge for the period. */
  subsistenceMinimum: z.number().positive(),
  /** The threshold as a share of the subsistence minimum (0.7 = the poverty line). */
  share: z.number().positive().max(10),
  basis: z.object({ kk: z.string().min(1), ru: z.string().min(1) }),
  /** How income is counted: over the quarter before the application, or the last n months. */
  period: z.union([z.literal('previousQuarter'), z.object({ months: z.number().int().min(1).max(24) })]),
  source: z.string().min(1),
});
export type ThresholdRow = z.infer<typeof ThresholdRow>;

export const ThresholdTable = z.object({ version: z.string().min(1), rows: z.array(ThresholdRow) });
export type ThresholdTable = z.infer<typeof ThresholdTable>;

const POVERTY_LINE = { kk: 'Кедейлік шегі (ең төменгі күнкөріс деңгейінің 70%)', ru: 'Черта бедности (70% прожиточного минимума)' };

/**
 * Shipped defaults for targeted social assistance. The district publishes the
 * table in force; services without a row show "no threshold set".
 */
export const BUNDLED_THRESHOLDS: ThresholdTable = ThresholdTable.parse({
  version: '2026.1',
  rows: [
    {
      service: 'targeted-social-assistance',
      from: '2024-01-01',
      to: '2024-12-31',
      subsistenceMinimum: 43407,
      share: 0.7,
      basisKind: 'subsistenceMinimumShare',
      basis: POVERTY_LINE,
      period: 'previousQuarter',
      source: 'ҚР 2024–2026 жылдарға арналған республикалық бюджет туралы Заңы',
    },
    {
      service: 'targeted-social-assistance',
      from: '2025-01-01',
      to: '2025-12-31',
      subsistenceMinimum: 46228,
      share: 0.7,
      basisKind: 'subsistenceMinimumShare',
      basis: POVERTY_LINE,
      period: 'previousQuarter',
      source: 'ҚР 2025–2027 жылдарға арналған республикалық бюджет туралы Заңы',
    },
  ],
});

export interface Threshold {
  row: ThresholdRow;
  /** Tenge, rounded to tiyn. */
  amount: number;
}

/**
 * The threshold in force for a service on a date: the region's own row where the
 * table has one, else a row for every region; the later `from` wins among several.
 */
export function thresholdFor(
  service: string,
  date: string,
  table: ThresholdTable = BUNDLED_THRESHOLDS,
  region?: string,
): Threshold | undefined {
  const inForce = table.rows.filter(
    (r) =>
      r.service === service && r.from <= date && (r.to === undefined || date <= r.to) && (r.region === undefined || r.region === region),
  );
  const rank = (r: ThresholdRow) => `${r.region === undefined ? 0 : 1}${r.from}`;
  const row = inForce.sort((a, b) => (rank(a) < rank(b) ? 1 : -1))[0];
  return row && { row, amount: Math.round(row.subsistenceMinimum * row.share * 100) / 100 };
}

/** Below the threshold means the family qualifies on income. */
export function compareWithThreshold(perCapita: number, threshold: Threshold): { below: boolean; difference: number } {
  return { below: perCapita < threshold.amount, difference: Math.round((threshold.amount - perCapita) * 100) / 100 };
}
