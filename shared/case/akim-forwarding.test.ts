// The akim's own forwarding steps are due steps of their own: registration
// completes registration, and forwarding (packageRelayed / sentToCommission)
// completes the forwarding, overdue when missed. Due moments worked out by hand
// from the act, registration Mon 23 Nov 2026 10:00.
import { describe, expect, it } from 'vitest';
import { findEntry } from '../catalog/index';
import { computeDeadlines } from '../deadlines/deadlines';
import { makeEvent, newCaseId, testApplicant } from '../testing/case-events';
import { foldCase } from './fold';

const AT = '2026-11-23T10:00';

function registered(entryId: string, branch?: string) {
  const entry = findEntry(entryId)!;
  const d = computeDeadlines(entry, { channel: 'akim', branch, registeredAt: AT });
  const src = { caseId: newCaseId() };
  const event = makeEvent(
    src,
    'registered',
    {
      number: '0512-26A-0002',
      entryId,
      channel: 'akim',
      branch: d.branch,
      applicant: testApplicant,
      family: [],
      documents: [],
      schedule: d.steps,
      resultDueAt: d.resultDueAt,
      resultDate: d.resultDate,
      calendarVersion: '2026.1.1',
    },
    AT,
  );
  return { src, event, d };
}

const step = (state: ReturnType<typeof foldCase>, id: string) => state!.steps.find((s) => s.stepId === id)!;

describe('seed 000 S13 (Kyzylorda local social assistance), complete documents: the akim forwards within 1 WD (000:L4972-4975)', () => {
  const { src, event, d } = registered('kzo-590-2014/local-social-assistance', 'normal');

  it('registration completes only registration; forwarding is due Tue 24 Nov 18:00', () => {
    expect(d.steps.find((s) => s.stepId === 'n-akim-forward')).toMatchObject({ milestone: 'relay', due: '2026-11-24T18:00' });
    const state = foldCase([event], { now: '2026-11-24T12:00' });
    expect(step(state, 'n-akim-accept').doneAt).toBe(AT);
    expect(step(state, 'n-akim-forward').doneAt).toBeUndefined();
    expect(state!.nextStep?.stepId).toBe('n-akim-forward');
  });

  it('is overdue when not forwarded by then', () => {
    const state = foldCase([event], { now: '2026-11-24T18:01' });
    expect(step(state, 'n-akim-forward').overdue).toBe(true);
    expect(state!.overdue).toBe(true);
  });

  it('is done, on time, when the package is relayed to the district', () => {
    const relayed = makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-11-24T16:00');
    const state = foldCase([event, relayed], { now: '2026-11-25T09:00' });
    expect(step(state, 'n-akim-forward')).toMatchObject({ doneAt: '2026-11-24T16:00', late: false, overdue: false });
    expect(state!.rejected).toEqual([]);
  });
});

describe('seed 000 S13, documents missing: the akim sends to the precinct commission within 3 WD (000:L4997-5001)', () => {
  const { src, event, d } = registered('kzo-590-2014/local-social-assistance', 'documents-missing');

  it('the sending is due Thu 26 Nov 18:00 and completed by sentToCommission, late on Fri 27 Nov', () => {
    expect(d.steps.find((s) => s.stepId === 'm-akim-to-commission')).toMatchObject({
      milestone: 'sendToCommission',
      due: '2026-11-26T18:00',
    });
    expect(step(foldCase([event], { now: '2026-11-27T09:00' }), 'm-akim-to-commission').overdue).toBe(true);
    const sent = makeEvent(src, 'sentToCommission', {}, '2026-11-27T10:00');
    const state = foldCase([event, sent], { now: '2026-11-27T11:00' });
    expect(step(state, 'm-akim-to-commission')).toMatchObject({ doneAt: '2026-11-27T10:00', late: true, overdue: false });
    expect(step(state, 'm-akim-accept').doneAt).toBe(AT);
  });
});

describe('seed 000 S15 (Kyzylorda fuel aid): the akim forwards to the provider or to the Centre within 2 WD (000:L6098-6103)', () => {
  it('via the provider (the default route): due Wed 25 Nov 18:00, overdue on Thu morning', () => {
    const { event, d } = registered('kzo-590-2014/fuel-aid-rural-social-specialists');
    expect(d.branch).toBe('via-provider');
    expect(d.steps.find((s) => s.stepId === 'akim-forward')).toMatchObject({ milestone: 'relay', due: '2026-11-25T18:00' });
    expect(step(foldCase([event], { now: '2026-11-26T09:00' }), 'akim-forward').overdue).toBe(true);
    // 2 WD, then 15 + 15 min (26 Nov 09:30), 8 WD (27, 30 Nov, 1–4, 7 Dec → 8 Dec 18:00 is the 8th: 27,30,1,2,3,4,7,8),
    // head 15 (9 Dec 09:15), clerk 15 (09:30), akim 15 (09:45).
    expect(d.resultDueAt).toBe('2026-12-09T09:45');
  });

  it('via the Centre: the relay names the Centre, and the Centre route of para 10 follows', () => {
    const { src, event, d } = registered('kzo-590-2014/fuel-aid-rural-social-specialists', 'via-centre');
    // 2 WD → 25 Nov 18:00; Centre's accumulation worker 1 WD → 26 Nov 18:00; clerk, head 15 + 15 → 27 Nov 09:30;
    // executor 7 WD (30 Nov, 1–4, 7, 8 Dec) → 8 Dec 18:00; head 15 → 9 Dec 09:15; clerk to the Centre 1 WD → 10 Dec 18:00;
    // Centre worker to the akim 15 → 11 Dec 09:15; akim 15 → 09:30.
    expect(d.resultDueAt).toBe('2026-12-11T09:30');
    const relayed = makeEvent(src, 'packageRelayed', { districtCode: 'ХҚКО-05', attachments: [], to: 'centre' }, '2026-11-25T11:00');
    const state = foldCase([event, relayed], { now: '2026-11-25T12:00' });
    expect(step(state, 'akim-forward')).toMatchObject({ doneAt: '2026-11-25T11:00', late: false });
    expect(state!.status).toBe('relayed');
  });
});
