// Due dates explained, compared with figures worked out by hand from the act text
// and a wall calendar of 2026 (Mon 23 Nov 2026 is the registration day).
import { describe, expect, it } from 'vitest';
import { findEntry } from '../catalog/index';
import { skippedDayLabel } from '../i18n/deadlines';
import { explainDueDate } from './explain';

const entry = (id: string) => {
  const e = findEntry(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('seed 000 (Kyzylorda 2014, S6 child benefit, akim channel, 000:L2237-2274): 14 WD + 75 min', () => {
  const x = explainDueDate(entry('kzo-590-2014/child-benefit-under-18'), { channel: 'akim', registeredAt: '2026-11-23T10:00' });

  it("the act's own sum is 14 WD + 75 min, as a clerk adds it up", () => {
    expect(x.actSum).toEqual({ minutes: 75, hours: 0, workingDays: 14, calendarDays: 0 });
  });

  it('each step ends where the hand count says', () => {
    // accept 15 min → 10:15; to the commission 2 WD (Tue 24, Wed 25) → 25 Nov 18:00;
    // commission 3 WD (26, 27, Mon 30) → 30 Nov 18:00; relay 7 WD (1, 2, 3, 4, 7, 8, 9 Dec) → 9 Dec 18:00;
    // district clerk 15 min (office closed at 18:00: next morning) → 10 Dec 09:15; head 15 min → 09:30;
    // executor 1 WD → 11 Dec 18:00; head signs 15 min → Mon 14 Dec 09:15; clerk returns 1 WD → 15 Dec 18:00;
    // akim hands over 15 min: 16 Dec is Independence Day → Thu 17 Dec 09:15.
    expect(x.steps.map((s) => [s.stepId, s.end])).toEqual([
      ['submit', '2026-11-23T10:00'],
      ['akim-accept', '2026-11-23T10:15'],
      ['akim-to-commission', '2026-11-25T18:00'],
      ['precinct-commission', '2026-11-30T18:00'],
      ['akim-relay', '2026-12-09T18:00'],
      ['oc-register', '2026-12-10T09:15'],
      ['head-review', '2026-12-10T09:30'],
      ['exec-prepare', '2026-12-11T18:00'],
      ['head-sign', '2026-12-14T09:15'],
      ['oc-return', '2026-12-15T18:00'],
      ['akim-hand-over', '2026-12-17T09:15'],
    ]);
    expect(x.resultDate).toBe('2026-12-17');
  });

  it("keeps the act's words and the counting rule per step", () => {
    const relay = x.steps.find((s) => s.stepId === 'akim-relay')!;
    expect(relay).toMatchObject({
      asWritten: 'жеті жұмыс күні ішінде',
      rule: 'workingDays',
      start: '2026-11-30T18:00',
      source: '000:L2257-2259',
    });
    expect(relay.action.kk).toMatch(/учаскелік комиссияның қорытындысы/);
    expect(x.steps[1].rule).toBe('officeMinutes');
    expect(x.steps[0].rule).toBe('noTerm');
  });

  it('names the skipped days: weekends and 16 Dec — Independence Day', () => {
    const relay = x.steps.find((s) => s.stepId === 'akim-relay')!;
    expect(relay.skipped.map((d) => d.date)).toEqual(['2026-12-05', '2026-12-06']);
    const handOver = x.steps.at(-1)!;
    expect(handOver.skipped).toHaveLength(1);
    expect(skippedDayLabel(handOver.skipped[0], 'kk')).toBe('16 желтоқсан — Тәуелсіздік күні');
    expect(skippedDayLabel(handOver.skipped[0], 'ru')).toBe('16 декабря — День Независимости');
    expect(x.daysOff.map((d) => d.date)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-12-05',
      '2026-12-06',
      '2026-12-12',
      '2026-12-13',
      '2026-12-16',
    ]);
    expect(skippedDayLabel(x.daysOff[0], 'ru')).toBe('28 ноября — Суббота');
  });
});

describe('seed 001 (Kostanay 2015, local social assistance, 001:L716): 20 WD when documents are missing or lost', () => {
  const e = entry('kst-565-2015/local-social-assistance');

  it('complete documents via the akim: 15 min + 2 h + 3 h + 7 WD + 15 min (001:L753-761)', () => {
    // 10:15; +2 h → 12:15; +3 h: 45 min to 13:00, lunch, 14:00 + 2 h 15 → 16:15; +7 WD → 2 Dec 18:00; +15 min → 3 Dec 09:15.
    const x = explainDueDate(e, { channel: 'akim', branch: 'documents-complete', registeredAt: '2026-11-23T10:00' });
    expect(x.resultDueAt).toBe('2026-12-03T09:15');
    expect(x.terms).toEqual([]);
  });

  it('documents missing or lost via the akim: the talon promises 20 WD, never the 7 WD + 5½ h of the steps', () => {
    // 20 WD from Mon 23 Nov: 24–27 (4), 30 (5), 1–4 Dec (9), 7–11 (14), 14, 15 (16), 16 is a holiday, 17, 18 (18), 21, 22 (20).
    const x = explainDueDate(e, { channel: 'akim', branch: 'documents-incomplete-or-lost', registeredAt: '2026-11-23T10:00' });
    expect(x.resultDueAt).toBe('2026-12-22T18:00');
    expect(x.terms).toHaveLength(1);
    expect(x.terms[0]).toMatchObject({ decisive: true, source: '001:L716', duration: { asWritten: '20 (жиырма) жұмыс күні' } });
    expect(x.terms[0].skipped.map((d) => d.date)).toContain('2026-12-16');
  });
});

describe('seed 002 (Zhambyl 2007, home care documents, "10 күн", 002:L68-70): Civil Code art. 173', () => {
  const e = entry('sko-zhambyl-352-2007/home-social-care-disabled-documents');

  it('10 days from Wed 2 Dec 2026 end on Sat 12 Dec, a day off: the term moves to Mon 14 Dec, 18:00', () => {
    const x = explainDueDate(e, { channel: 'provider', registeredAt: '2026-12-02T10:00' });
    const render = x.steps.find((s) => s.stepId === 'render-service')!;
    expect(render).toMatchObject({ rule: 'calendarDays', asWritten: '10 күн', end: '2026-12-14T18:00' });
    // Calendar days count the weekend of 5–6 Dec; only the days moved past at the end are skipped.
    expect(render.skipped.map((d) => d.date)).toEqual(['2026-12-12', '2026-12-13']);
    expect(x.resultDate).toBe('2026-12-14');
  });

  it('10 days from Mon 23 Nov 2026 end on Thu 3 Dec, a working day: nothing moves', () => {
    const x = explainDueDate(e, { channel: 'provider', registeredAt: '2026-11-23T10:00' });
    expect(x.resultDate).toBe('2026-12-03');
    expect(x.steps.find((s) => s.stepId === 'render-service')!.skipped).toEqual([]);
  });
});

describe('a case already registered is explained from its own schedule', () => {
  it('gives the same steps as explaining afresh, with the act words and sources from its entry', async () => {
    const { explainSchedule } = await import('./explain');
    const { computeDeadlines } = await import('./deadlines');
    const e = entry('kzo-590-2014/child-benefit-under-18');
    const d = computeDeadlines(e, { channel: 'akim', registeredAt: '2026-11-23T10:00' });
    const fresh = explainDueDate(e, { channel: 'akim', registeredAt: '2026-11-23T10:00' });
    expect(explainSchedule(d.steps, '2026-11-23T10:00', { entry: e })).toEqual(fresh.steps);
  });
});

describe('which branches intake must ask for', () => {
  it('Kostanay local assistance via the akim: both (the 20 WD term depends on it); Kyzylorda child benefit: none', async () => {
    const { channelBranches } = await import('../catalog/totals');
    expect(channelBranches(entry('kst-565-2015/local-social-assistance'), 'akim').map((b) => b.id)).toEqual([
      'documents-complete',
      'documents-incomplete-or-lost',
    ]);
    expect(channelBranches(entry('kzo-590-2014/child-benefit-under-18'), 'akim')).toEqual([]);
    expect(channelBranches(entry('kzo-590-2014/fuel-aid-rural-social-specialists'), 'akim').map((b) => b.id)).toEqual([
      'via-provider',
      'via-centre',
    ]);
  });
});
