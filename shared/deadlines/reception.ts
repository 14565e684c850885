// The reception window: when the counter accepts applications and issues results.
// An application brought outside it is taken as received when the window next
// opens, and its terms run from that moment (seed 003 para 8: reception
// 09:00–17:30, lunch 13:00–14:30, on working days only).
import { isWorkingDay, nextWorkingDayFrom } from '../calendar/calendar';
import type { CalendarData } from '../calendar/calendar-data';
import { addDays } from '../calendar/dates';
import { DEFAULT_RECEPTION, type DayWindow, MOMENT, makeMoment, momentDate, type OfficeHours } from './office-hours';

/** The office's reception window: its own, else seed 003's default where it fits inside office hours, else the office hours. */
export function receptionWindow(hours: OfficeHours): DayWindow {
  if (hours.reception) return hours.reception;
  const fits = hours.open <= DEFAULT_RECEPTION.open && DEFAULT_RECEPTION.close <= hours.close;
  return fits ? DEFAULT_RECEPTION : { open: hours.open, close: hours.close, breakStart: hours.breakStart, breakEnd: hours.breakEnd };
}

export type OutsideReception = 'dayOff' | 'beforeOpening' | 'lunch' | 'afterClosing';

export interface ReceptionStatus {
  inside: boolean;
  /** Why the moment is outside the window. */
  reason?: OutsideReception;
  /** The moment the application's terms run from: the moment itself, or the next opening of the window. */
  termsRunFrom: string;
}

/** Whether a local moment "YYYY-MM-DDTHH:mm" is inside the reception window and, if not, from which moment terms run. */
export function receptionStatus(moment: string, hours: OfficeHours, calendar?: CalendarData): ReceptionStatus {
  if (!MOMENT.test(moment)) throw new RangeError(`not a moment (YYYY-MM-DDTHH:mm): "${moment}"`);
  const w = receptionWindow(hours);
  const date = momentDate(moment);
  const time = moment.slice(11);
  const nextDay = () => makeMoment(nextWorkingDayFrom(addDays(date, 1), calendar), w.open);
  if (!isWorkingDay(date, calendar))
    return { inside: false, reason: 'dayOff', termsRunFrom: makeMoment(nextWorkingDayFrom(date, calendar), w.open) };
  if (time < w.open) return { inside: false, reason: 'beforeOpening', termsRunFrom: makeMoment(date, w.open) };
  if (time >= w.close) return { inside: false, reason: 'afterClosing', termsRunFrom: nextDay() };
  if (w.breakStart && w.breakEnd && time >= w.breakStart && time < w.breakEnd) {
    return { inside: false, reason: 'lunch', termsRunFrom: makeMoment(date, w.breakEnd) };
  }
  return { inside: true, termsRunFrom: moment };
}
