// Working days of Kazakhstan: weekends, statutory holidays, the weekend-transfer
// rule, decree transfers and Kurban ait, from data tables with the statutory
// rules as the default.
import type { LocalText } from '../catalog/schema';
import { BUNDLED_CALENDAR, type CalendarData, type CalendarSource } from './calendar-data';
import { addDays, isWeekend, yearOf } from './dates';
import { FIXED_HOLIDAYS, KURBAN_AIT_NAME } from './holidays';

export type DayKind = 'working' | 'weekend' | 'holiday' | 'transferredDayOff' | 'decreeDayOff' | 'decreeWorkingDay';

interface YearDays {
  /** Days off that are not plain weekends, with why. */
  off: Map<string, DayKind>;
  /** Weekend days made working by decree. */
  working: Set<string>;
  kurbanAitEstimated: boolean;
  /** Why a day is off or worked: the holiday, the holiday a day off moved from, or the transfer. */
  why: Map<string, DayReason>;
}

/** The reason a day is not an ordinary one, for explanations. */
export interface DayReason {
  /** The holiday's name (for a moved day off: the holiday it moved from). */
  name?: LocalText;
  /** For a moved day off: the weekend date of the holiday. */
  movedFrom?: string;
  /** For a transfer: the document that ordered it. */
  decree?: string;
  source?: CalendarSource;
  /** Kurban ait from an estimate or an announcement of an approximate date. */
  approximate?: boolean;
}

const cache = new WeakMap<CalendarData, Map<number, YearDays>>();

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The first day of Kurban ait (10 Dhu al-Hijjah) by the Umm al-Qura calendar.
 * Used only for years that have no table; the Government's date may differ by a day.
 */
export function estimateKurbanAit(year: number): string | undefined {
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  for (let date = `${year}-01-01`; yearOf(date) === year; date = addDays(date, 1)) {
    const parts = fmt.formatToParts(new Date(`${date}T12:00:00Z`));
    const month = Number(parts.find((p) => p.type === 'month')?.value);
    const day = Number(parts.find((p) => p.type === 'day')?.value);
    if (month === 12 && day === 10) return date;
  }
  return undefined;
}

function buildYear(year: number, data: CalendarData): YearDays {
  const table = data.years[String(year)];
  const off = new Map<string, DayKind>();
  const why = new Map<string, DayReason>();
  const movable: string[] = [];
  for (const h of FIXED_HOLIDAYS) {
    const date = `${year}-${pad(h.month)}-${pad(h.day)}`;
    off.set(date, 'holiday');
    why.set(date, { name: h.name });
    if (h.movesOffWeekend && isWeekend(date)) movable.push(date);
  }
  const kurban = table?.kurbanAit ?? estimateKurbanAit(year);
  const kurbanAitEstimated = !table?.kurbanAit && kurban !== undefined;
  if (kurban) {
    off.set(kurban, 'holiday');
    why.set(kurban, {
      name: KURBAN_AIT_NAME,
      source: table?.kurbanAitSource,
      approximate: kurbanAitEstimated || table?.kurbanAitApproximate,
    });
  }
  // A holiday on a weekend moves its day off to the next working day, one for each such holiday.
  for (const holiday of movable.sort()) {
    let next = addDays(holiday, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.set(next, 'transferredDayOff');
    why.set(next, { name: why.get(holiday)?.name, movedFrom: holiday });
  }
  const working = new Set<string>();
  for (const t of table?.transfers ?? []) {
    off.set(t.dayOff, 'decreeDayOff');
    why.set(t.dayOff, { decree: t.decree, source: t.source });
    if (t.workingDay) {
      working.add(t.workingDay);
      why.set(t.workingDay, { decree: t.decree, source: t.source });
    }
  }
  return { off, working, kurbanAitEstimated, why };
}

function yearDays(year: number, data: CalendarData): YearDays {
  let years = cache.get(data);
  if (!years) {
    years = new Map();
    cache.set(data, years);
  }
  let days = years.get(year);
  if (!days) {
    days = buildYear(year, data);
    years.set(year, days);
  }
  return days;
}

/** What kind of day a date is: working, a weekend, a holiday or a transferred day off. */
export function dayKind(date: string, calendar: CalendarData = BUNDLED_CALENDAR): DayKind {
  const days = yearDays(yearOf(date), calendar);
  if (days.working.has(date)) return 'decreeWorkingDay';
  const off = days.off.get(date);
  if (off) return off;
  return isWeekend(date) ? 'weekend' : 'working';
}

export function isWorkingDay(date: string, calendar: CalendarData = BUNDLED_CALENDAR): boolean {
  const kind = dayKind(date, calendar);
  return kind === 'working' || kind === 'decreeWorkingDay';
}

/** The n-th working day after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, n: number, calendar: CalendarData = BUNDLED_CALENDAR): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let current = date;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(date: string, calendar: CalendarData = BUNDLED_CALENDAR): string {
  let current = date;
  while (!isWorkingDay(current, calendar)) current = addDays(current, 1);
  return current;
}

/** Working days strictly after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: string, to: string, calendar: CalendarData = BUNDLED_CALENDAR): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count++;
  return count;
}

/** True when the year's Kurban ait comes from the Umm al-Qura estimate, not a table. */
export function isKurbanAitEstimated(year: number, calendar: CalendarData = BUNDLED_CALENDAR): boolean {
  return yearDays(year, calendar).kurbanAitEstimated;
}

/** What kind of day a date is and why (holiday name, moved-from date, transfer source). */
export function describeDay(date: string, calendar: CalendarData = BUNDLED_CALENDAR): { date: string; kind: DayKind } & DayReason {
  const kind = dayKind(date, calendar);
  const reason = kind === 'working' || kind === 'weekend' ? undefined : yearDays(yearOf(date), calendar).why.get(date);
  return { date, kind, ...reason };
}
