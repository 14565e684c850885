// Office hours and arithmetic on local wall-clock moments "YYYY-MM-DDTHH:mm".
// Minutes and hours of a step are counted only inside office hours of working days.
import { z } from 'zod';
import { isWorkingDay, nextWorkingDayFrom } from '../calendar/calendar';
import type { CalendarData } from '../calendar/calendar-data';
import { addDays } from '../calendar/dates';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm');

const Hours = z
  .object({ open: HHMM, close: HHMM, breakStart: HHMM.optional(), breakEnd: HHMM.optional() })
  .refine((h) => h.open < h.close, 'the office must open before it closes')
  .refine((h) => (h.breakStart === undefined) === (h.breakEnd === undefined), 'a break needs both a start and an end')
  .refine(
    (h) => !h.breakStart || (h.open < h.breakStart && h.breakStart < h.breakEnd! && h.breakEnd! < h.close),
    'the break must lie inside office hours',
  );
/** A window of the day with an optional lunch break. */
export type DayWindow = z.infer<typeof Hours>;

/**
 * The working day (steps count inside it) and, optionally, the narrower window in
 * which the office accepts applications and issues results (the counter).
 */
export const OfficeHours = z
  .object({ ...Hours.shape, reception: Hours.optional() })
  .refine((h) => h.open < h.close, 'the office must open before it closes')
  .refine((h) => (h.breakStart === undefined) === (h.breakEnd === undefined), 'a break needs both a start and an end')
  .refine(
    (h) => !h.breakStart || (h.open < h.breakStart && h.breakStart < h.breakEnd! && h.breakEnd! < h.close),
    'the break must lie inside office hours',
  )
  .refine((h) => !h.reception || (h.open <= h.reception.open && h.reception.close <= h.close), 'reception must lie inside office hours');
export type OfficeHours = z.infer<typeof OfficeHours>;

/**
 * Seed 003 para 8 (003:L96-151): the akim works 09:00–18:00 with lunch 13:00–14:00,
 * and accepts applications and issues results 09:00–17:30 with lunch 13:00–14:30.
 */
export const DEFAULT_RECEPTION: DayWindow = { open: '09:00', close: '17:30', breakStart: '13:00', breakEnd: '14:30' };

/** 09:00–18:00 with a 13:00–14:00 break, as the seeds state for akim offices; reception as in seed 003. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  open: '09:00',
  close: '18:00',
  breakStart: '13:00',
  breakEnd: '14:00',
  reception: DEFAULT_RECEPTION,
};

export const MOMENT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function momentDate(moment: string): string {
  return moment.slice(0, 10);
}

export function makeMoment(date: string, time: string): string {
  return `${date}T${time}`;
}

/** The day's working intervals in minutes since midnight. */
function intervals(hours: OfficeHours): Array<[number, number]> {
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  if (!hours.breakStart || !hours.breakEnd) return [[open, close]];
  return [
    [open, minutesOf(hours.breakStart)],
    [minutesOf(hours.breakEnd), close],
  ];
}

/** Adds minutes of office time to a moment; time outside office hours does not count. */
export function addOfficeMinutes(moment: string, minutes: number, hours: OfficeHours, calendar?: CalendarData): string {
  if (!MOMENT.test(moment)) throw new RangeError(`not a moment (YYYY-MM-DDTHH:mm): "${moment}"`);
  if (minutes <= 0) return moment;
  let date = momentDate(moment);
  let time = minutesOf(moment.slice(11));
  let left = minutes;
  for (;;) {
    if (!isWorkingDay(date, calendar)) {
      date = nextWorkingDayFrom(date, calendar);
      time = 0;
    }
    for (const [start, end] of intervals(hours)) {
      if (time >= end) continue;
      const from = Math.max(time, start);
      if (left <= end - from) return makeMoment(date, hhmm(from + left));
      left -= end - from;
      time = end;
    }
    date = addDays(date, 1);
    time = 0;
  }
}
