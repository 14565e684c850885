// Which services compare a family's per-capita income with a threshold, on what
// basis, and whether a conclusion that depends on it may be adopted: only with a
// threshold in force for the region and date, or with an explicit, recorded
// "no threshold in force" choice.
import { z } from 'zod';
import type { LocalText } from '../catalog/schema';
import { BUNDLED_THRESHOLDS, type Threshold, type ThresholdBasisKind, type ThresholdTable, thresholdFor } from './thresholds';

export interface IncomeTest {
  basisKind: ThresholdBasisKind;
  basis: LocalText;
  /** Where the comparison is made: the precinct commission's conclusion or the district's special commission. */
  comparedBy: 'precinctCommission' | 'specialCommission';
  /** The law or act that sets the comparison. */
  law: LocalText;
}

/** Services whose acts compare per-capita income with a threshold (catalog service slugs). */
export const INCOME_TESTS: Readonly<Record<string, IncomeTest>> = {
  'targeted-social-assistance': {
    basisKind: 'subsistenceMinimumShare',
    basis: { kk: 'Кедейлік шегі (ең төменгі күнкөріс деңгейінің үлесі)', ru: 'Черта бедности (доля прожиточного минимума)' },
    comparedBy: 'precinctCommission',
    law: {
      kk: 'ҚР 2001 жылғы 17 шілдедегі «Мемлекеттік атаулы әлеуметтік көмек туралы» Заңы',
      ru: 'Закон РК от 17 июля 2001 года «О государственной адресной социальной помощи»',
    },
  },
  'child-benefit-under-18': {
    basisKind: 'foodBasket',
    basis: { kk: 'Азық-түлік себетінің құны', ru: 'Стоимость продовольственной корзины' },
    comparedBy: 'precinctCommission',
    law: {
      kk: 'ҚР 2005 жылғы 28 маусымдағы «Балалы отбасыларға берілетін мемлекеттік жәрдемақылар туралы» Заңы',
      ru: 'Закон РК от 28 июня 2005 года «О государственных пособиях семьям, имеющим детей»',
    },
  },
  // Seed 000 S13 (000:L5014-5022): the executor computes per-capita income, the special commission decides need.
  'local-social-assistance': {
    basisKind: 'maslikhatDecision',
    basis: { kk: 'Мәслихат шешімімен белгіленген шек', ru: 'Порог, установленный решением маслихата' },
    comparedBy: 'specialCommission',
    law: {
      kk: 'Жергілікті өкілді органның (мәслихаттың) әлеуметтік көмек көрсету қағидалары туралы шешімі',
      ru: 'Решение местного представительного органа (маслихата) о правилах оказания социальной помощи',
    },
  },
};

/** The explicit choice recorded when a conclusion is adopted with no threshold in force. */
export const NoThresholdChoice = z.object({
  recordedBy: z.string().trim().min(1),
  /** Why the commission concludes without a threshold (e.g. the table for the quarter is not yet published). */
  reason: z.string().trim().min(1),
});
export type NoThresholdChoice = z.infer<typeof NoThresholdChoice>;

export type ThresholdRequirement =
  | { kind: 'notIncomeTested' }
  | { kind: 'inForce'; test: IncomeTest; threshold: Threshold }
  | { kind: 'missing'; test: IncomeTest };

/** What a conclusion at `stage` needs for this service, region and date. */
export function thresholdRequirement(
  service: string,
  date: string,
  stage: IncomeTest['comparedBy'],
  region?: string,
  table: ThresholdTable = BUNDLED_THRESHOLDS,
): ThresholdRequirement {
  const test = INCOME_TESTS[service];
  if (!test || test.comparedBy !== stage) return { kind: 'notIncomeTested' };
  const threshold = thresholdFor(service, date, table, region);
  return threshold ? { kind: 'inForce', test, threshold } : { kind: 'missing', test };
}

export type ThresholdCheck =
  | { ok: true; threshold?: Threshold; noThreshold?: NoThresholdChoice }
  | { ok: false; reason: 'noThresholdInForce'; test: IncomeTest };

/** Whether a conclusion that depends on the threshold may be adopted: a threshold in force, or the explicit choice. */
export function checkConclusionThreshold(req: {
  service: string;
  date: string;
  stage: IncomeTest['comparedBy'];
  region?: string;
  table?: ThresholdTable;
  noThreshold?: NoThresholdChoice;
}): ThresholdCheck {
  const need = thresholdRequirement(req.service, req.date, req.stage, req.region, req.table);
  if (need.kind === 'notIncomeTested') return { ok: true };
  if (need.kind === 'inForce') return { ok: true, threshold: need.threshold };
  const choice = req.noThreshold && NoThresholdChoice.safeParse(req.noThreshold);
  if (choice?.success) return { ok: true, noThreshold: choice.data };
  return { ok: false, reason: 'noThresholdInForce', test: need.test };
}
