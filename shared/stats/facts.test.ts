import { describe, expect, it } from 'vitest';
import { aggregateDays, computeStatistics } from './aggregate';
import { emptyDay, idsOf, putCases } from './facts';
import type { StatsCase } from './types';
import { WorkingDayCounter } from './working-days';

const counter = new WorkingDayCounter();
// February 2026 has no holidays: Mon 2nd … Fri 6th, Mon 9th, Tue 10th.
const open: StatsCase = {
  id: 'open',
  entryId: 'S1',
  status: 'atDistrict',
  office: 'O1',
  registeredDate: '2026-02-02',
  registeredAt: '2026-02-02T10:00',
  resultDate: '2026-02-06',
  steps: [
    { stepId: 'accept', milestone: 'accept', due: '2026-02-02T10:15', doneAt: '2026-02-02T10:00', counts: true },
    { stepId: 'decide', milestone: 'districtExamine', term: { amount: 3, unit: 'workingDays' }, due: '2026-02-05T18:00', counts: true },
  ],
};
const handedOver: StatsCase = {
  ...open,
  id: 'done',
  status: 'handedOver',
  office: 'O2',
  steps: [open.steps![0], { ...open.steps![1], doneAt: '2026-02-09T11:00' }],
};

describe('facts kept per registration day', () => {
  it('give the statistics of the cases themselves, at any later moment (overdue is weighed when read)', () => {
    // As IndexedDB gives it back: a structured clone.
    const stored = structuredClone(putCases(emptyDay('2026-02-02'), [open, handedOver], counter));
    for (const now of ['2026-02-03T09:00', '2026-02-05T19:00', '2026-02-09T09:00']) {
      expect(aggregateDays([stored], {}, now)).toEqual(computeStatistics([open, handedOver], {}, { now }));
    }
    expect(aggregateDays([stored], {}, '2026-02-03T09:00').timeliness.inTerm).toEqual(['open']);
    expect(aggregateDays([stored], {}, '2026-02-09T09:00').timeliness.overdue).toEqual(['open']);
    expect(aggregateDays([stored], {}, '2026-02-09T09:00').timeliness.late).toEqual(['done']);
  });

  it('replace a case when it is written again, keeping its place and each word once', () => {
    const first = putCases(emptyDay('2026-02-02'), [open, handedOver], counter);
    const day = putCases(first, [{ ...open, status: 'handedOver', steps: handedOver.steps }], counter);
    expect(idsOf(day)).toEqual(['open', 'done']);
    expect(day.numbers.length).toBe(first.numbers.length);
    // The record it was made from is left as it was (a live query may still hold it).
    expect(aggregateDays([first], {}, '2026-03-01T09:00').byStatus.map((b) => b.key)).toEqual(['atDistrict', 'handedOver']);
    expect(new Set(day.words).size).toBe(day.words.length);
    const stats = aggregateDays([day], {}, '2026-03-01T09:00');
    expect(stats.byStatus).toEqual([{ key: 'handedOver', ids: ['open', 'done'] }]);
    expect(stats.steps.find((s) => s.stepId === 'decide')).toMatchObject({ termDays: 3, averageDays: 5, done: ['open', 'done'] });
  });

  it('leave out the days outside the period and keep the filters of service and office', () => {
    const day = putCases(emptyDay('2026-02-02'), [open, handedOver], counter);
    expect(aggregateDays([day], { from: '2026-02-03' }, '2026-02-03T09:00').ids).toEqual([]);
    const o2 = aggregateDays([day], { office: 'O2' }, '2026-02-03T09:00');
    expect(o2.ids).toEqual(['done']);
    expect(o2.offices).toEqual(['O1', 'O2']);
    expect(aggregateDays([day], { entryId: 'S9' }, '2026-02-03T09:00').services).toEqual(['S1']);
  });
});
