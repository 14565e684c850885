import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../calendar';
import { computeStatistics, verdictOf } from './aggregate';
import type { StatsCase, StatsStep } from './types';
import { WorkingDayCounter } from './working-days';

const accept = (at: string): StatsStep => ({
  stepId: 'accept',
  milestone: 'accept',
  term: { amount: 15, unit: 'minutes' },
  due: `${at.slice(0, 11)}${String(Number(at.slice(11, 13))).padStart(2, '0')}:15`,
  doneAt: at,
  counts: true,
});
const relay = (due: string, doneAt?: string): StatsStep => ({
  stepId: 'relay',
  milestone: 'relay',
  term: { amount: 3, unit: 'workingDays' },
  due,
  doneAt,
  counts: true,
});
const decide = (due: string, doneAt?: string): StatsStep => ({
  stepId: 'decide',
  milestone: 'districtExamine',
  term: { amount: 1, unit: 'workingDays' },
  due,
  doneAt,
  counts: true,
});

// February 2026 has no holidays: Mon 2nd … Fri 6th, Mon 9th, Tue 10th.
const A: StatsCase = {
  id: 'A',
  entryId: 'S1',
  status: 'handedOver',
  office: 'O1',
  registeredDate: '2026-02-02',
  registeredAt: '2026-02-02T10:00',
  resultDate: '2026-02-06',
  steps: [accept('2026-02-02T10:00'), relay('2026-02-05T18:00', '2026-02-04T12:00'), decide('2026-02-06T18:00', '2026-02-06T11:00')],
};
const B: StatsCase = {
  id: 'B',
  entryId: 'S1',
  status: 'atDistrict',
  office: 'O1',
  registeredDate: '2026-02-03',
  registeredAt: '2026-02-03T09:00',
  resultDate: '2026-02-09',
  steps: [accept('2026-02-03T09:00'), relay('2026-02-06T18:00', '2026-02-10T09:00'), decide('2026-02-09T18:00')],
};
const C: StatsCase = {
  id: 'C',
  entryId: 'S2',
  status: 'refusedAtIntake',
  office: 'O2',
  registeredDate: '2026-03-02',
  registeredAt: '2026-03-02T10:00',
  steps: [],
};
const D: StatsCase = {
  id: 'D',
  entryId: 'S2',
  status: 'registered',
  office: 'O2',
  registeredDate: '2026-03-03',
  registeredAt: '2026-03-03T10:00',
  resultDate: '2026-03-20',
  steps: [
    accept('2026-03-03T10:00'),
    { stepId: 'review', term: { amount: 5, unit: 'workingDays' }, due: '2026-03-11T18:00', counts: true },
  ],
};
const E: StatsCase = {
  id: 'E',
  entryId: 'S1',
  status: 'handedOver',
  office: 'O2',
  registeredDate: '2026-02-02',
  registeredAt: '2026-02-02T11:00',
  resultDate: '2026-02-06',
  steps: [accept('2026-02-02T11:00'), relay('2026-02-05T18:00', '2026-02-05T10:00'), decide('2026-02-06T18:00', '2026-02-09T10:00')],
};
const ALL = [A, B, C, D, E];
const NOW = '2026-03-04T12:00';

describe('statistics of the cases', () => {
  const stats = computeStatistics(ALL, {}, { now: NOW });

  it('counts the cases by service (most first), by status in the order of the procedure and by month of registration', () => {
    // In order of registration day, the cases of a day in the order given.
    expect(stats.ids).toEqual(['A', 'E', 'B', 'C', 'D']);
    expect(stats.byService).toEqual([
      { key: 'S1', ids: ['A', 'E', 'B'] },
      { key: 'S2', ids: ['C', 'D'] },
    ]);
    expect(stats.byStatus.map((b) => [b.key, b.ids])).toEqual([
      ['registered', ['D']],
      ['atDistrict', ['B']],
      ['handedOver', ['A', 'E']],
      ['refusedAtIntake', ['C']],
    ]);
    expect(stats.byMonth).toEqual([
      { month: '2026-02', registered: ['A', 'E', 'B'], onTime: ['A'], late: ['E'], overdue: ['B'] },
      { month: '2026-03', registered: ['C', 'D'], onTime: [], late: [], overdue: [] },
    ]);
  });

  it('tells finished on time from late, open past the result date from open in term, and cases without a term', () => {
    expect(stats.timeliness).toEqual({ onTime: ['A'], late: ['E'], overdue: ['B'], inTerm: ['D'], noTerm: ['C'], share: 0.5 });
    expect(verdictOf(D, '2026-03-23T09:00')).toBe('overdue');
    expect(verdictOf({ ...D, steps: undefined }, NOW)).toBe('noTerm');
  });

  it('averages the working days each step took against the act term, with late and overdue steps', () => {
    const row = (key: string) => stats.steps.find((s) => s.key === key)!;
    // A: Mon 2nd → Wed 4th = 2; B: Tue 3rd → Tue 10th = 5; E: Mon 2nd → Thu 5th = 3.
    expect(row('S1|relay')).toMatchObject({ termDays: 3, done: ['A', 'E', 'B'], late: ['B'], overdue: [] });
    expect(row('S1|relay').averageDays).toBeCloseTo(10 / 3);
    // A: Wed 4th → Fri 6th = 2; E: Thu 5th → Mon 9th = 2; B's is past due on 9 February and not done.
    expect(row('S1|decide')).toMatchObject({ termDays: 1, averageDays: 2, done: ['A', 'E'], late: ['E'], overdue: ['B'] });
    // A term in minutes is counted on the calendar: the same day, 0 working days.
    expect(row('S1|accept')).toMatchObject({ termDays: 0, averageDays: 0, done: ['A', 'E', 'B'] });
    expect(row('S2|review')).toMatchObject({ termDays: 5, averageDays: null, done: [], overdue: [] });
  });

  it('counts late and overdue cases by office', () => {
    expect(stats.byOffice).toEqual([
      { office: 'O1', cases: ['A', 'B'], late: ['B'], overdue: ['B'] },
      { office: 'O2', cases: ['E', 'C', 'D'], late: ['E'], overdue: [] },
    ]);
  });

  it('filters by period, service and office, and keeps every service and office of the period for the filter lists', () => {
    const o1 = computeStatistics(ALL, { office: 'O1' }, { now: NOW });
    expect(o1.ids).toEqual(['A', 'B']);
    expect(o1.offices).toEqual(['O1', 'O2']);
    const march = computeStatistics(ALL, { from: '2026-03-01', to: '2026-03-31' }, { now: NOW });
    expect(march.ids).toEqual(['C', 'D']);
    expect(march.services).toEqual(['S2']);
    expect(computeStatistics(ALL, { entryId: 'S2', to: '2026-03-02' }, { now: NOW }).ids).toEqual(['C']);
    const none = computeStatistics([], {}, { now: NOW });
    expect(none.timeliness.share).toBeNull();
    expect(none.byMonth).toEqual([]);
  });

  it('does not count a step without a milestone as overdue once a later step is done', () => {
    const handOff: StatsStep = { stepId: 'hand-off', term: { amount: 1, unit: 'workingDays' }, due: '2026-02-03T18:00', counts: false };
    const c: StatsCase = { ...B, id: 'F', steps: [accept('2026-02-02T10:00'), handOff, relay('2026-02-06T18:00', '2026-02-05T09:00')] };
    const s = computeStatistics([c], {}, { now: NOW });
    expect(s.steps.find((r) => r.stepId === 'hand-off')?.overdue).toEqual([]);
    expect(s.byOffice[0].overdue).toEqual([]);
  });
});

describe('working day counter', () => {
  it('agrees with the calendar across holidays, transfers and a new year', () => {
    const counter = new WorkingDayCounter();
    const pairs = [
      ['2026-03-01', '2026-03-31'],
      ['2025-12-20', '2026-01-15'],
      ['2026-03-20', '2026-03-05'],
      ['2026-05-01', '2026-05-11'],
    ];
    for (const [from, to] of pairs) expect(counter.between(from, to)).toBe(workingDaysBetween(from, to));
    expect(counter.between('2026-02-02T10:00', '2026-02-10T09:00')).toBe(6);
  });
});

describe('day numbers', () => {
  it('reads a date or a moment as the days since 1970 that Date.UTC gives, leap years included', async () => {
    const { dayNumber } = await import('./working-days');
    for (const date of ['1970-01-01', '2024-02-29', '2024-03-01', '2000-02-29', '2026-12-31', '1999-12-31']) {
      expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00Z`) / 86_400_000);
    }
    expect(dayNumber('2026-02-10T09:00')).toBe(dayNumber('2026-02-10'));
  });
});
