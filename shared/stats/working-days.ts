// Working days between two dates for many cases at once: the calendar is asked
// once per day of the years in play, then every count is one subtraction.
import { isWorkingDay } from '../calendar/calendar';
import { BUNDLED_CALENDAR, type CalendarData } from '../calendar/calendar-data';

const DAY = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of "YYYY-MM-DD…", read from the characters (no allocation: it runs for every step of every case). */
export function dayNumber(date: string): number {
  const y0 = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  // Days from civil (H. Hinnant): March-based years make February the last month.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** "YYYY-MM-DD" of a day number (dayNumber's inverse). */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export class WorkingDayCounter {
  private first = 0;
  /** cumulative[i]: working days from the counter's first day up to and including first + i. */
  private cumulative = new Int32Array(0);

  constructor(private readonly calendar: CalendarData = BUNDLED_CALENDAR) {}

  private cover(from: number, to: number): void {
    const last = this.first + this.cumulative.length - 1;
    if (this.cumulative.length > 0 && from >= this.first && to <= last) return;
    // Whole years around what is asked, so a run over many cases rebuilds rarely.
    const start = this.cumulative.length > 0 ? Math.min(this.first, from) : from;
    const end = this.cumulative.length > 0 ? Math.max(last, to) : to;
    const first = dayNumber(`${dateOfDayNumber(start).slice(0, 4)}-01-01`);
    const lastDay = dayNumber(`${dateOfDayNumber(end).slice(0, 4)}-12-31`);
    const cumulative = new Int32Array(lastDay - first + 1);
    let count = 0;
    for (let i = 0; i < cumulative.length; i++) {
      if (isWorkingDay(dateOfDayNumber(first + i), this.calendar)) count++;
      cumulative[i] = count;
    }
    this.first = first;
    this.cumulative = cumulative;
  }

  /** Working days strictly after `from` up to and including `to` (dates or moments; negative when `to` is earlier), as workingDaysBetween. */
  between(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    this.cover(Math.min(a, b), Math.max(a, b));
    return this.cumulative[b - this.first] - this.cumulative[a - this.first];
  }
}
