// Seed 003 para 8 (003:L96-151): the akim's reception of applications and issue of
// results is 09:00–17:30 with lunch 13:00–14:30; the working day 09:00–18:00 with
// lunch 13:00–14:00. Expected moments worked out by hand.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS, DEFAULT_RECEPTION, OfficeHours } from './office-hours';
import { receptionStatus, receptionWindow } from './reception';

const h = DEFAULT_OFFICE_HOURS;

describe('reception window (seed 003 para 8)', () => {
  it('defaults to 09:00–17:30, lunch 13:00–14:30, inside the 09:00–18:00 working day', () => {
    expect(receptionWindow(h)).toEqual({ open: '09:00', close: '17:30', breakStart: '13:00', breakEnd: '14:30' });
    expect(receptionWindow({ open: '09:00', close: '18:00' })).toEqual(DEFAULT_RECEPTION);
    // An office whose day ends before 17:30 receives during its own hours.
    expect(receptionWindow({ open: '08:00', close: '17:00' })).toEqual({ open: '08:00', close: '17:00' });
  });
  it('Monday 23 Nov 2026 10:00 is inside', () => {
    expect(receptionStatus('2026-11-23T10:00', h)).toEqual({ inside: true, termsRunFrom: '2026-11-23T10:00' });
  });
  it('14:15 is lunch for the counter (though the office works from 14:00): terms run from 14:30', () => {
    expect(receptionStatus('2026-11-23T14:15', h)).toEqual({ inside: false, reason: 'lunch', termsRunFrom: '2026-11-23T14:30' });
  });
  it('17:45 is after reception (office open till 18:00): terms run from 09:00 next working day', () => {
    expect(receptionStatus('2026-11-23T17:45', h)).toMatchObject({
      inside: false,
      reason: 'afterClosing',
      termsRunFrom: '2026-11-24T09:00',
    });
  });
  it('Friday 11 Dec 2026 17:30 → Thursday 17 Dec 09:00 (weekend, 16 Dec Independence Day)', () => {
    // Sat 12, Sun 13 off; Mon 14, Tue 15 working → next working day after Fri is Mon 14.
    expect(receptionStatus('2026-12-11T17:30', h).termsRunFrom).toBe('2026-12-14T09:00');
    expect(receptionStatus('2026-12-15T18:00', h).termsRunFrom).toBe('2026-12-17T09:00');
  });
  it('a day off and before opening', () => {
    expect(receptionStatus('2026-12-16T10:00', h)).toMatchObject({ reason: 'dayOff', termsRunFrom: '2026-12-17T09:00' });
    expect(receptionStatus('2026-11-23T08:30', h)).toMatchObject({ reason: 'beforeOpening', termsRunFrom: '2026-11-23T09:00' });
  });
  it('rejects a reception window outside office hours', () => {
    const bad = { ...h, reception: { open: '08:00', close: '17:30' } };
    expect(OfficeHours.safeParse(bad).success).toBe(false);
    expect(OfficeHours.safeParse(h).success).toBe(true);
  });
});
