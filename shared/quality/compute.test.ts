import { describe, expect, it } from 'vitest';
import { computeIndicators, forOffices, formatShare, officesIn, type QualityInput } from './compute';
import type { CaseFacts, ComplaintFacts } from './facts';
import type { SurveyRecord } from './survey';

const NOV = { from: '2026-11-01', to: '2026-11-30' };

function served(id: string, office: string, readyAt: string, resultDate: string, extra: Partial<CaseFacts> = {}): CaseFacts {
  return {
    caseId: id,
    office,
    submittedDate: '2026-11-02',
    refusedAtIntake: false,
    resultDate,
    readyAt,
    servedAt: readyAt,
    reworked: false,
    ...extra,
  };
}

// Office 0512: four cases served in November (one ready after its day, one reworked),
// one served in December, one still open, one refused at intake.
const cases: CaseFacts[] = [
  served('a', '0512', '2026-11-10T10:00', '2026-11-12'),
  served('b', '0512', '2026-11-12T17:59', '2026-11-12'),
  served('c', '0512', '2026-11-20T09:00', '2026-11-18'),
  served('d', '0512', '2026-11-25T09:00', '2026-11-30', { reworked: true, readyAt: '2026-11-24T16:00' }),
  served('e', '0512', '2026-12-01T09:00', '2026-12-04'),
  { caseId: 'f', office: '0512', submittedDate: '2026-11-26', refusedAtIntake: false, resultDate: '2026-12-10', reworked: false },
  { caseId: 'g', office: '0512', submittedDate: '2026-11-05', refusedAtIntake: true, reworked: false },
  served('h', '0513', '2026-11-15T10:00', '2026-11-20'),
];

const survey = (office: string, date: string, answers: SurveyRecord['answers']): SurveyRecord => ({
  office,
  serviceId: 'x',
  date,
  answers,
});
const surveys: SurveyRecord[] = [
  survey('0512', '2026-11-10', {
    process: 'yes',
    information: 'yes',
    courtesy: 'yes',
    wait: 'upTo40',
    complaintProcedure: 'didNotComplain',
  }),
  survey('0512', '2026-11-12', {
    process: 'no',
    information: 'yes',
    courtesy: 'yes',
    wait: 'over40',
    complaintProcedure: 'yes',
    complaintTerm: 'no',
  }),
  survey('0512', '2026-11-20', { process: 'yes' }),
  survey('0512', '2026-12-01', { process: 'no', courtesy: 'no' }),
  survey('0513', '2026-11-15', { courtesy: 'no' }),
];

const complaint = (office: string, registeredAt: string, extra: Partial<ComplaintFacts>): ComplaintFacts => ({
  office,
  registeredAt,
  dueDate: '2026-11-30',
  late: false,
  ...extra,
});
const complaints: ComplaintFacts[] = [
  complaint('0512', '2026-11-03T10:00', { answeredAt: '2026-11-06T10:00', justified: true }),
  complaint('0512', '2026-11-04T10:00', { answeredAt: '2026-11-20T10:00', justified: true, late: true }),
  complaint('0512', '2026-11-05T10:00', { answeredAt: '2026-11-07T10:00', justified: false }),
  complaint('0512', '2026-11-16T10:00', { late: true }),
  complaint('0512', '2026-11-27T10:00', {}),
];

const input: QualityInput = { cases, surveys, complaints };
const office0512 = forOffices(input, new Set(['0512']));
const byCode = (rows: ReturnType<typeof computeIndicators>) => Object.fromEntries(rows.map((r) => [r.code, r]));

describe('computeIndicators', () => {
  const rows = byCode(computeIndicators(office0512, NOV));

  it('lists the twelve indicators of the appendix in its order, with their norms', () => {
    const list = computeIndicators(office0512, NOV);
    expect(list.map((r) => `${r.code}:${r.norm}`)).toEqual([
      '1.1:98',
      '1.2:85',
      '2.1:85',
      '2.2:99',
      '3.1:88',
      '3.2:77',
      '3.3:47',
      '4.1:0.4',
      '4.2:99',
      '4.3:90',
      '4.4:90',
      '5.1:89',
    ]);
  });

  it('1.1: cases served in the period whose result was ready by its day (b is ready on its last day)', () => {
    expect(rows['1.1']).toMatchObject({ numerator: 3, denominator: 4, value: 75, met: false, state: 'computed' });
  });

  it('2.2: served cases the district never returned for rework', () => {
    expect(rows['2.2']).toMatchObject({ numerator: 3, denominator: 4, value: 75, met: false });
  });

  it('3.2: documents submitted in the period and taken at once (one refusal at intake of three)', () => {
    // a..d were submitted 2026-11-02 (e too), f on 11-26, g refused: 6 of 7.
    expect(rows['3.2']).toMatchObject({ numerator: 6, denominator: 7 });
    expect(rows['3.2'].value).toBeCloseTo(85.714, 2);
    expect(rows['3.2'].met).toBe(true);
  });

  it('survey shares count only the answers given in the period; "did not complain" is left out', () => {
    expect(rows['2.1']).toMatchObject({ numerator: 2, denominator: 3, met: false });
    expect(rows['3.1']).toMatchObject({ numerator: 2, denominator: 2, value: 100, met: true });
    expect(rows['5.1']).toMatchObject({ numerator: 2, denominator: 2, value: 100, met: true });
    expect(rows['1.2']).toMatchObject({ numerator: 1, denominator: 2, value: 50, met: false });
    expect(rows['4.3']).toMatchObject({ numerator: 1, denominator: 1, value: 100, met: true });
    expect(rows['4.4']).toMatchObject({ numerator: 0, denominator: 1, value: 0, met: false });
  });

  it('4.1: justified complaints per consumer served; a ceiling, so 2 per 4 served is far over 0.4 %', () => {
    expect(rows['4.1']).toMatchObject({ numerator: 2, denominator: 4, value: 50, met: false });
  });

  it('4.2: justified complaints answered on time, with an overdue unanswered one counted against', () => {
    expect(rows['4.2']).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('3.3 is not recorded by the product: no value, no verdict', () => {
    expect(rows['3.3']).toMatchObject({ state: 'notRecorded', value: null, met: null });
  });

  it('without a complaints journal 4.1 and 4.2 are not recorded, rather than met by default', () => {
    const none = byCode(computeIndicators({ cases, surveys }, NOV));
    expect(none['4.1']).toMatchObject({ state: 'notRecorded', met: null });
    expect(none['4.2']).toMatchObject({ state: 'notRecorded', met: null });
  });

  it('a period with nothing to count says so instead of a value', () => {
    const dec = byCode(computeIndicators(office0512, { from: '2026-12-02', to: '2026-12-31' }));
    expect(dec['1.1']).toMatchObject({ state: 'noData', value: null, met: null, denominator: 0 });
  });

  it('4.1 is met when justified complaints stay within 0.4 % of the consumers served', () => {
    const many = Array.from({ length: 250 }, (_, i) => served(`s${i}`, '0512', '2026-11-10T10:00', '2026-11-12'));
    const one = [complaint('0512', '2026-11-03T10:00', { answeredAt: '2026-11-04T10:00', justified: true })];
    const r = byCode(computeIndicators({ cases: many, surveys: [], complaints: one }, NOV));
    expect(r['4.1']).toMatchObject({ numerator: 1, denominator: 250, value: 0.4, met: true });
  });

  it('the district: all its okrugs together, and each one alone', () => {
    expect(officesIn(input)).toEqual(['0512', '0513']);
    const all = byCode(computeIndicators(input, NOV));
    expect(all['1.1']).toMatchObject({ numerator: 4, denominator: 5 });
    expect(all['5.1']).toMatchObject({ numerator: 2, denominator: 3 });
    const other = byCode(computeIndicators(forOffices(input, new Set(['0513'])), NOV));
    expect(other['1.1']).toMatchObject({ numerator: 1, denominator: 1, value: 100, met: true });
    expect(other['4.2']).toMatchObject({ state: 'noData' });
  });
});

describe('formatShare', () => {
  it('prints a share as the act does, with a comma', () => {
    expect(formatShare(75)).toBe('75');
    expect(formatShare(85.714)).toBe('85,7');
    expect(formatShare(0.4)).toBe('0,4');
    expect(formatShare(0.25)).toBe('0,25');
  });
});
