// Deadlines of real catalog entries, per channel and branch, from a Monday
// registration at 10:00 in late November 2026 (16 December is a holiday).
import { describe, expect, it } from 'vitest';
import { findEntry } from '../catalog/index';
import { workingDaysBetween } from '../calendar/calendar';
import { computeDeadlines } from './deadlines';

const at = '2026-11-23T10:00';
const entry = (id: string) => {
  const e = findEntry(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('deadlines of real entries', () => {
  it('Kyzylorda child benefit via the akim: 14 working days and 75 minutes', () => {
    const d = computeDeadlines(entry('kzo-590-2014/child-benefit-under-18'), { channel: 'akim', registeredAt: at });
    const commission = d.steps.find((s) => s.milestone === 'commissionConclusion')!;
    expect(commission.due).toBe('2026-11-30T18:00');
    // 14 WD of steps plus minute steps that spill into the next mornings.
    expect(workingDaysBetween('2026-11-23', d.resultDate)).toBeGreaterThanOrEqual(14);
    expect(d.resultDate).toBe('2026-12-17');
  });

  it('Kyzylorda child benefit via the provider is shorter than via the akim', () => {
    const viaProvider = computeDeadlines(entry('kzo-590-2014/child-benefit-under-18'), { channel: 'provider', registeredAt: at });
    const viaAkim = computeDeadlines(entry('kzo-590-2014/child-benefit-under-18'), { channel: 'akim', registeredAt: at });
    expect(viaProvider.resultDate < viaAkim.resultDate).toBe(true);
  });

  it('Kyzylorda local social assistance: the documents-missing branch takes 11 working days longer', () => {
    const e = entry('kzo-590-2014/local-social-assistance');
    const normal = computeDeadlines(e, { channel: 'akim', branch: 'normal', registeredAt: at });
    const missing = computeDeadlines(e, { channel: 'akim', branch: 'documents-missing', registeredAt: at });
    expect(workingDaysBetween(normal.resultDate, missing.resultDate)).toBe(11);
    expect(missing.steps.some((s) => s.actor === 'specialCommission')).toBe(true);
    expect(normal.steps.some((s) => s.actor === 'specialCommission')).toBe(false);
  });

  it('Kostanay child benefit via the akim counts hours inside office hours', () => {
    const d = computeDeadlines(entry('kst-565-2015/child-benefit-under-18'), { channel: 'akim', registeredAt: at });
    const twoHours = d.steps.filter((s) => s.duration?.unit === 'hours');
    expect(twoHours).toHaveLength(2);
    expect(twoHours[0].due).toBe('2026-11-23T12:15'); // 10:15 + 2 h
    expect(twoHours[1].due).toBe('2026-11-23T15:15'); // 12:15 + 2 h, across the 13:00–14:00 break
    expect(d.hasTerm).toBe(true);
  });

  it('the TSA certificate at the akim is ready within minutes the same day', () => {
    for (const id of ['kzo-590-2014/asp-recipient-certificate', 'std-tsa-certificate/asp-recipient-certificate']) {
      const d = computeDeadlines(entry(id), { channel: 'akim', registeredAt: at });
      expect(d.resultDueAt, id).toBe('2026-11-23T10:15');
    }
  });

  it('Zhambyl 2007 counts its term in calendar days', () => {
    const d = computeDeadlines(entry('sko-zhambyl-352-2007/home-social-care-disabled-documents'), {
      channel: 'provider',
      registeredAt: at,
    });
    expect(d.resultDate).toBe('2026-12-03');
  });
});
