import { describe, expect, it } from 'vitest';
import { CalendarData } from '../calendar/calendar-data';
import { fixtureEntry } from '../testing/fixture-entry';
import { computeDeadlines } from './deadlines';
import { OfficeHours, addOfficeMinutes } from './office-hours';

const hours = { open: '09:00', close: '18:00', breakStart: '13:00', breakEnd: '14:00' };

describe('addOfficeMinutes', () => {
  it('adds inside the same morning', () => {
    expect(addOfficeMinutes('2026-11-23T10:00', 15, hours)).toBe('2026-11-23T10:15');
  });
  it('skips the lunch break', () => {
    expect(addOfficeMinutes('2026-11-23T12:50', 15, hours)).toBe('2026-11-23T14:05');
  });
  it('carries past closing time into the next working day', () => {
    expect(addOfficeMinutes('2026-11-20T17:55', 15, hours)).toBe('2026-11-23T09:10'); // Friday → Monday
  });
  it('starts counting at opening when registered before hours or on a day off', () => {
    expect(addOfficeMinutes('2026-11-23T07:30', 15, hours)).toBe('2026-11-23T09:15');
    expect(addOfficeMinutes('2026-11-22T11:00', 15, hours)).toBe('2026-11-23T09:15'); // Sunday
  });
  it('counts hours as office hours', () => {
    expect(addOfficeMinutes('2026-11-23T16:00', 180, hours)).toBe('2026-11-24T10:00');
  });
  it('rejects a malformed moment', () => {
    expect(() => addOfficeMinutes('2026-11-23 10:00', 15, hours)).toThrow(/not a moment/);
  });
  it('validates office hours', () => {
    expect(OfficeHours.safeParse({ open: '18:00', close: '09:00' }).success).toBe(false);
    expect(OfficeHours.safeParse({ open: '09:00', close: '18:00', breakStart: '13:00' }).success).toBe(false);
    expect(OfficeHours.safeParse({ open: '09:00', close: '18:00', breakStart: '19:00', breakEnd: '20:00' }).success).toBe(false);
    expect(OfficeHours.safeParse({ open: '08:30', close: '17:30' }).success).toBe(true);
  });
});

describe('computeDeadlines, akim channel', () => {
  const d = computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '2026-11-23T10:00' });
  const due = Object.fromEntries(d.steps.map((s) => [s.stepId, s.due]));

  it('chains every step from registration', () => {
    expect(due.submit).toBe('2026-11-23T10:00');
    expect(due.register).toBe('2026-11-23T10:15');
    expect(due['to-commission']).toBe('2026-11-25T18:00'); // 2 WD: Tue, Wed
    expect(due.conclusion).toBe('2026-11-30T18:00'); // 3 WD: Thu, Fri, Mon
    expect(due.relay).toBe('2026-12-09T18:00'); // 7 WD: 1–9 Dec
    expect(due['dept-register']).toBe('2026-12-10T09:15');
    expect(due['dept-head']).toBe('2026-12-10T09:30');
    expect(due['dept-exec']).toBe('2026-12-11T18:00');
    expect(due['dept-sign']).toBe('2026-12-14T09:15');
    expect(due['dept-return']).toBe('2026-12-15T18:00');
    // 16 December is Independence Day, so the akim hands over on 17 December.
    expect(due['hand-over']).toBe('2026-12-17T09:15');
  });

  it('gives the final-result date that the talon prints', () => {
    expect(d.resultDate).toBe('2026-12-17');
    expect(d.resultDueAt).toBe('2026-12-17T09:15');
  });

  it('keeps the milestones of the steps', () => {
    expect(d.steps.find((s) => s.milestone === 'handOver')?.stepId).toBe('hand-over');
  });

  it('moves with a newer calendar only when that calendar is passed', () => {
    const newer = CalendarData.parse({
      version: 'test',
      years: { '2026': { kurbanAit: '2026-05-27', transfers: [{ dayOff: '2026-12-17', decree: 'test' }] } },
    });
    const later = computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '2026-11-23T10:00', calendar: newer });
    expect(later.resultDate).toBe('2026-12-18');
    expect(later.calendarVersion).toBe('test');
    expect(d.resultDate).toBe('2026-12-17');
  });

  it('uses the office hours of the office', () => {
    const early = computeDeadlines(fixtureEntry, {
      channel: 'akim',
      registeredAt: '2026-11-23T17:50',
      officeHours: { open: '08:00', close: '17:00' },
    });
    expect(early.steps[1].due).toBe('2026-11-24T08:15');
  });
});

describe('computeDeadlines, branches', () => {
  it('the normal branch leaves out the documents-missing steps', () => {
    const d = computeDeadlines(fixtureEntry, { channel: 'provider', branch: 'normal', registeredAt: '2026-11-23T10:00' });
    expect(d.steps.map((s) => s.stepId)).toEqual(['register', 'exec', 'notify-centre', 'issue']);
    expect(d.resultDueAt).toBe('2026-12-01T09:20'); // 5 WD to Mon 30 Nov 18:00, +20 min next morning
  });
  it('the documents-missing branch adds the income calculation and the special commission', () => {
    const d = computeDeadlines(fixtureEntry, { channel: 'provider', branch: 'documents-missing', registeredAt: '2026-11-23T10:00' });
    expect(d.steps.map((s) => s.stepId)).toEqual(['register', 'exec', 'income', 'special', 'notify-centre', 'issue']);
    expect(d.steps.find((s) => s.stepId === 'special')?.due).toBe('2026-12-04T11:00'); // income due Thu 3 Dec 18:00 + 2 h
    expect(d.resultDueAt).toBe('2026-12-04T11:20');
  });
  it('a step outside the term does not delay the result', () => {
    const d = computeDeadlines(fixtureEntry, { channel: 'provider', branch: 'normal', registeredAt: '2026-11-23T10:00' });
    expect(d.steps.find((s) => s.stepId === 'notify-centre')?.due).toBe('2026-12-01T18:00');
    expect(d.resultDueAt).toBe('2026-12-01T09:20');
  });
  it('refuses an unknown branch or channel', () => {
    expect(() => computeDeadlines(fixtureEntry, { channel: 'provider', branch: 'nope', registeredAt: '2026-11-23T10:00' })).toThrow(
      /no branch "nope"/,
    );
    expect(() => computeDeadlines(fixtureEntry, { channel: 'portal', registeredAt: '2026-11-23T10:00' })).toThrow(/no "portal" channel/);
  });
  it('an overall term of the act that is longer than the steps sets the result date', () => {
    const d = computeDeadlines(fixtureEntry, {
      channel: 'provider',
      branch: 'normal',
      registeredAt: '2026-11-23T10:00',
      statedTerm: 'overall',
    });
    expect(d.resultDate).toBe('2027-01-08'); // 30 WD from 23 Nov 2026 past 16 Dec, 1–2 Jan (2 Jan moved to 4 Jan) and 7 Jan
    expect(() => computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '2026-11-23T10:00', statedTerm: 'overall' })).toThrow(
      /no stated term/,
    );
  });
  it('says when the act gives no term at all', async () => {
    const { findEntry } = await import('../catalog/index');
    const almatyChildBenefit = findEntry('alm-349-2012/child-benefit-under-18')!;
    const d = computeDeadlines(almatyChildBenefit, { channel: 'akim', registeredAt: '2026-11-23T10:00' });
    expect(d.hasTerm).toBe(false);
    expect(computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '2026-11-23T10:00' }).hasTerm).toBe(true);
  });
  it('refuses a malformed registration moment', () => {
    expect(() => computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '23.11.2026' })).toThrow(/YYYY-MM-DDTHH:mm/);
  });
});
