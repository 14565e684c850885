// Working days between two dates for many cases at once: the calendar is asked
// once per day of the years in play, then every count is one subtraction.
import { isWorkingDay } from '../calendar/calendar';
import { BUNDLED_CALENDAR, type CalendarData } from '../calendar/calendar-data';

const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

function isoOf(day: number): string {
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
    const first = dayNumber(`${isoOf(start).slice(0, 4)}-01-01`);
    const lastDay = dayNumber(`${isoOf(end).slice(0, 4)}-12-31`);
    const cumulative = new Int32Array(lastDay - first + 1);
    let count = 0;
    for (let i = 0; i < cumulative.length; i++) {
      if (isWorkingDay(isoOf(first + i), this.calendar)) count++;
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
