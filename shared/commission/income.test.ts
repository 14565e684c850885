import { describe, expect, it } from 'vitest';
import { perCapitaIncome, previousMonths, previousQuarter } from './income';
import { BUNDLED_THRESHOLDS, ThresholdTable, compareWithThreshold, thresholdFor } from './thresholds';

const quarter = ['2026-07', '2026-08', '2026-09'];
const mother = '900412400316';
const father = '880101300123';
const child = '150301500017';

describe('per-capita income', () => {
  it('divides the period total by months and by family size', () => {
    const r = perCapitaIncome({
      familyIins: [mother, father, child],
      months: quarter,
      lines: quarter.map((month) => ({ memberIin: father, category: 'wages' as const, month, amount: 90000 })),
    });
    expect(r).toMatchObject({
      ok: true,
      result: { total: 270000, monthlyFamilyIncome: 90000, perCapita: 30000, familySize: 3, monthCount: 3 },
    });
  });

  it('counts a member with no income in the family size', () => {
    const r = perCapitaIncome({
      familyIins: [mother, child],
      months: quarter,
      lines: [{ memberIin: mother, category: 'benefits', month: '2026-07', amount: 60000 }],
    });
    expect(r.ok && r.result.perCapita).toBe(10000); // 60000 / 3 months / 2 people
    expect(r.ok && r.result.byMember[child]).toBe(0);
  });

  it('keeps a month with zero income in the average', () => {
    const r = perCapitaIncome({
      familyIins: [mother],
      months: quarter,
      lines: [
        { memberIin: mother, category: 'wages', month: '2026-07', amount: 45000 },
        { memberIin: mother, category: 'wages', month: '2026-08', amount: 0 },
        { memberIin: mother, category: 'wages', month: '2026-09', amount: 45000 },
      ],
    });
    expect(r.ok && r.result.byMonth['2026-08']).toBe(0);
    expect(r.ok && r.result.perCapita).toBe(30000);
  });

  it('adds income in several categories and shows each', () => {
    const r = perCapitaIncome({
      familyIins: [mother, father],
      months: quarter,
      lines: [
        { memberIin: father, category: 'wages', month: '2026-07', amount: 100000.5 },
        { memberIin: father, category: 'farming', month: '2026-08', amount: 20000.25 },
        { memberIin: mother, category: 'pension', month: '2026-09', amount: 50000 },
        { memberIin: mother, category: 'alimony', month: '2026-09', amount: 10000 },
      ],
    });
    expect(r.ok && r.result.byCategory).toEqual({ wages: 100000.5, farming: 20000.25, pension: 50000, alimony: 10000 });
    expect(r.ok && r.result.total).toBe(180000.75);
    expect(r.ok && r.result.perCapita).toBe(30000.13); // 180000.75 / 3 / 2 = 30000.125 → rounded to tiyn
  });

  it('refuses bad input with the reason', () => {
    expect(perCapitaIncome({ familyIins: [], months: quarter, lines: [] })).toEqual({ ok: false, problem: { code: 'emptyFamily' } });
    expect(perCapitaIncome({ familyIins: [mother], months: [], lines: [] })).toEqual({ ok: false, problem: { code: 'noMonths' } });
    expect(perCapitaIncome({ familyIins: [mother], months: ['2026-13'], lines: [] })).toMatchObject({
      ok: false,
      problem: { code: 'badMonth' },
    });
    expect(
      perCapitaIncome({
        familyIins: [mother],
        months: quarter,
        lines: [{ memberIin: father, category: 'wages', month: '2026-07', amount: 1 }],
      }),
    ).toMatchObject({ ok: false, problem: { code: 'notInFamily', iin: father } });
    expect(
      perCapitaIncome({
        familyIins: [mother],
        months: quarter,
        lines: [{ memberIin: mother, category: 'wages', month: '2026-06', amount: 1 }],
      }),
    ).toMatchObject({ ok: false, problem: { code: 'outsidePeriod' } });
    expect(
      perCapitaIncome({
        familyIins: [mother],
        months: quarter,
        lines: [{ memberIin: mother, category: 'wages', month: '2026-07', amount: -5 }],
      }),
    ).toMatchObject({ ok: false, problem: { code: 'badAmount' } });
    expect(
      perCapitaIncome({
        familyIins: [mother],
        months: quarter,
        lines: [{ memberIin: mother, category: 'wages', month: '2026-07', amount: 1.005 }],
      }),
    ).toMatchObject({ ok: false, problem: { code: 'badAmount' } });
  });
});

describe('periods', () => {
  it('the quarter before the application', () => {
    expect(previousQuarter('2026-11-23')).toEqual(quarter);
    expect(previousQuarter('2026-02-10')).toEqual(['2025-10', '2025-11', '2025-12']);
  });
  it('the n months before the application', () => {
    expect(previousMonths('2026-02-10', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('thresholds', () => {
  it('finds the poverty line for targeted social assistance by date', () => {
    const t = thresholdFor('targeted-social-assistance', '2025-05-01')!;
    expect(t.amount).toBe(32359.6); // 70% of 46 228
    expect(compareWithThreshold(30000, t)).toEqual({ below: true, difference: 2359.6 });
    expect(compareWithThreshold(32359.6, t).below).toBe(false);
  });
  it('has no threshold for a service or year without a row', () => {
    expect(thresholdFor('child-benefit-under-18', '2025-05-01')).toBeUndefined();
    expect(thresholdFor('targeted-social-assistance', '2019-05-01')).toBeUndefined();
  });
  it('a published table replaces the bundled one', () => {
    const table = ThresholdTable.parse({
      ...BUNDLED_THRESHOLDS,
      version: 'x',
      rows: [{ ...BUNDLED_THRESHOLDS.rows[1], from: '2026-01-01', to: undefined, subsistenceMinimum: 50000 }],
    });
    expect(thresholdFor('targeted-social-assistance', '2026-11-01', table)?.amount).toBe(35000);
  });
});
