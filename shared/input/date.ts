// Dates as staff type them: day first, "01.02.2026", whatever the browser's
// language. Dots, slashes, dashes or spaces separate the parts; "010226" and
// "01022026" work without them; a two-digit year is this century's unless that
// would be more than ten years ahead. An ISO date ("2026-02-01", pasted or from
// a scanner) is taken as it is. The code keeps ISO; the field shows dd.mm.yyyy.
import { isIsoDate } from '../calendar/dates';

export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not yet a whole date: "01.02", "1.2.20 " is a date, "01.0" is not. */
  | { kind: 'incomplete' }
  /** A whole date that does not exist: "31.02.2026", "00.01.2026", "01.13.2026". */
  | { kind: 'impossible' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[./\-\s]+(\d{1,2})[./\-\s]+(\d{2}|\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

/** `thisYear` places a two-digit year: 26 → 2026, 99 → 1999 (in 2026). */
export function parseTypedDate(text: string, thisYear: number): TypedDate {
  const clean = text.trim();
  if (clean === '') return { kind: 'empty' };
  const iso = ISO.exec(clean);
  const parts = iso ? [iso[3], iso[2], iso[1]] : (DAY_FIRST.exec(clean) ?? DIGITS.exec(clean))?.slice(1, 4);
  if (!parts) return { kind: 'incomplete' };
  const [day, month, yearText] = parts.map(Number) as [number, number, number];
  const year = parts[2]!.length === 2 ? fullYear(yearText, thisYear) : yearText;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && isIsoDate(date) ? { kind: 'date', iso: date } : { kind: 'impossible' };
}

function fullYear(twoDigits: number, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  return century + twoDigits > thisYear + 10 ? century - 100 + twoDigits : century + twoDigits;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date as it is shown in the field: "2026-02-01" → "01.02.2026"; anything else unchanged. */
export function shownDate(iso: string): string {
  return isIsoDate(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

/**
 * The field's text after a keystroke: the dot after the day and after the month
 * comes by itself as digits are typed ("01" → "01.", "01.02" → "01.02."), a dot
 * typed after it is not doubled, other separators become dots. Deleting is left alone.
 */
export function maskTypedDate(before: string, after: string): string {
  if (after.length <= before.length || /^\d{3,4}-/.test(after)) return after;
  let text = after.replace(/[/\-\s,]/g, '.').replace(/\.{2,}/g, '.');
  if (/^\d{2}$/.test(text) || /^\d{1,2}\.\d{2}$/.test(text)) text += '.';
  return text.slice(0, 10);
}
