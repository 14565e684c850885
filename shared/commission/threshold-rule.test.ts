// Income thresholds by service, region and date, with their basis and source, and
// the rule that a conclusion depending on one needs it in force or an explicit,
// recorded "no threshold in force" choice.
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../case/events';
import { makeEvent, newCaseId } from '../testing/case-events';
import { checkConclusionThreshold, INCOME_TESTS, thresholdRequirement } from './threshold-rule';
import { BUNDLED_THRESHOLDS, ThresholdTable, thresholdFor } from './thresholds';

const regional = ThresholdTable.parse({
  version: 't.1',
  rows: [
    {
      service: 'child-benefit-under-18',
      region: 'kyzylorda',
      basisKind: 'foodBasket',
      from: '2014-07-01',
      to: '2014-09-30',
      subsistenceMinimum: 20000,
      share: 0.6,
      basis: { kk: 'Азық-түлік себетінің құны', ru: 'Стоимость продовольственной корзины' },
      period: 'previousQuarter',
      source: 'сынақ кестесі / тестовая таблица',
    },
    {
      service: 'targeted-social-assistance',
      region: 'kyzylorda',
      basisKind: 'subsistenceMinimumShare',
      from: '2025-01-01',
      to: '2025-12-31',
      subsistenceMinimum: 45000,
      share: 0.7,
      basis: { kk: 'Кедейлік шегі', ru: 'Черта бедности' },
      period: 'previousQuarter',
      source: 'сынақ / тест',
    },
    ...BUNDLED_THRESHOLDS.rows,
  ],
});

describe('threshold tables name their basis and source', () => {
  it('every bundled row has a basis kind, a kk/ru basis and a source', () => {
    for (const r of BUNDLED_THRESHOLDS.rows) {
      expect(r.basisKind, `${r.service} ${r.from}`).toBeDefined();
      expect(r.basis.kk && r.basis.ru && r.source).toBeTruthy();
    }
  });
  it('every income-tested service declares its basis and law in kk and ru', () => {
    expect(Object.keys(INCOME_TESTS).sort()).toEqual(['child-benefit-under-18', 'local-social-assistance', 'targeted-social-assistance']);
    for (const t of Object.values(INCOME_TESTS)) expect(t.law.kk && t.law.ru && t.basis.kk && t.basis.ru).toBeTruthy();
  });
  it("a region's own row wins over the republican one; other regions keep the republican one", () => {
    expect(thresholdFor('targeted-social-assistance', '2025-05-01', regional, 'kyzylorda')?.amount).toBe(31500);
    expect(thresholdFor('targeted-social-assistance', '2025-05-01', regional, 'kostanay')?.amount).toBe(32359.6);
    expect(thresholdFor('targeted-social-assistance', '2025-05-01', regional)?.amount).toBe(32359.6);
  });
  it('old tables without region or basis kind still parse (published before these fields)', () => {
    const old = { version: 'o', rows: [{ ...BUNDLED_THRESHOLDS.rows[0], basisKind: undefined }] };
    expect(ThresholdTable.safeParse(old).success).toBe(true);
  });
});

describe('the conclusion rule', () => {
  it('child benefit (Law of 28.06.2005, food basket): with no table in force the commission may not conclude silently', () => {
    expect(thresholdRequirement('child-benefit-under-18', '2026-11-23', 'precinctCommission')).toMatchObject({
      kind: 'missing',
      test: { basisKind: 'foodBasket' },
    });
    expect(checkConclusionThreshold({ service: 'child-benefit-under-18', date: '2026-11-23', stage: 'precinctCommission' })).toMatchObject({
      ok: false,
      reason: 'noThresholdInForce',
    });
  });
  it('…but may with the explicit, recorded choice', () => {
    const noThreshold = { recordedBy: 'Төраға Т.', reason: 'Тоқсанға кесте жарияланбаған' };
    expect(
      checkConclusionThreshold({ service: 'child-benefit-under-18', date: '2026-11-23', stage: 'precinctCommission', noThreshold }),
    ).toEqual({
      ok: true,
      noThreshold,
    });
    expect(
      checkConclusionThreshold({
        service: 'child-benefit-under-18',
        date: '2026-11-23',
        stage: 'precinctCommission',
        noThreshold: { recordedBy: 'x', reason: ' ' },
      }).ok,
    ).toBe(false);
  });
  it('with a regional table in force the threshold is used', () => {
    const check = checkConclusionThreshold({
      service: 'child-benefit-under-18',
      date: '2014-08-15',
      stage: 'precinctCommission',
      region: 'kyzylorda',
      table: regional,
    });
    expect(check).toMatchObject({ ok: true, threshold: { amount: 12000, row: { basisKind: 'foodBasket' } } });
  });
  it('TSA 2025 uses the bundled poverty line (70% of 46 228 ₸)', () => {
    expect(
      checkConclusionThreshold({ service: 'targeted-social-assistance', date: '2025-03-01', stage: 'precinctCommission' }),
    ).toMatchObject({
      ok: true,
      threshold: { amount: 32359.6 },
    });
  });
  it('Kyzylorda S13 (000:L5014-5022): the special commission, not the precinct one, compares income', () => {
    expect(thresholdRequirement('local-social-assistance', '2014-08-01', 'precinctCommission').kind).toBe('notIncomeTested');
    expect(thresholdRequirement('local-social-assistance', '2014-08-01', 'specialCommission').kind).toBe('missing');
  });
  it('a service with no income test needs nothing', () => {
    expect(
      checkConclusionThreshold({ service: 'fuel-aid-rural-social-specialists', date: '2014-08-01', stage: 'precinctCommission' }),
    ).toEqual({ ok: true });
  });
});

describe('the conclusion event carries the choice; old events stay valid', () => {
  const src = { caseId: newCaseId() };
  it('conclusionAdopted with and without noThresholdInForce', () => {
    const plain = makeEvent(src, 'conclusionAdopted', { conclusion: 'needs', reasons: 'табысы төмен' });
    expect(validateEvent(plain).ok).toBe(true);
    const chosen = makeEvent(src, 'conclusionAdopted', {
      conclusion: 'needs',
      reasons: 'табысы төмен',
      noThresholdInForce: { recordedBy: 'Төраға Т.', reason: 'кесте жоқ' },
    });
    const v = validateEvent(chosen);
    expect(v.ok && v.event.type === 'conclusionAdopted' && v.event.payload.noThresholdInForce?.recordedBy).toBe('Төраға Т.');
    const empty = makeEvent(src, 'conclusionAdopted', {
      conclusion: 'needs',
      reasons: 'x',
      noThresholdInForce: { recordedBy: 'x', reason: '' },
    });
    expect(validateEvent(empty).ok).toBe(false);
  });
});
