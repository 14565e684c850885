// The individual identification number (ЖСН / ИИН): 12 digits, YYMMDD, a digit
// for century and sex, four digits, and a check digit.
import { isIsoDate } from '../calendar/dates';

export type IinFailure = 'length' | 'notDigits' | 'impossibleDate' | 'centuryDigit' | 'checkDigit';

export type IinResult = { ok: true; birthDate: string; sex: 'male' | 'female' } | { ok: false; reason: IinFailure };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when no valid one exists. */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

const CENTURY: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

export function parseIin(value: string): IinResult {
  const iin = value.trim();
  if (!/^\d*$/.test(iin)) return { ok: false, reason: 'notDigits' };
  if (iin.length !== 12) return { ok: false, reason: 'length' };
  const centuryDigit = iin[6];
  const century = CENTURY[centuryDigit];
  if (century === undefined) return { ok: false, reason: 'centuryDigit' };
  const birthDate = `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (!isIsoDate(birthDate)) return { ok: false, reason: 'impossibleDate' };
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return { ok: false, reason: 'checkDigit' };
  return { ok: true, birthDate, sex: Number(centuryDigit) % 2 === 1 ? 'male' : 'female' };
}

/** Builds a valid IIN from a birth date, sex and a four-digit serial (for fixtures and tests). */
export function makeIin(birthDate: string, sex: 'male' | 'female', serial: number): string | null {
  const year = Number(birthDate.slice(0, 4));
  const base = year >= 2000 ? 5 : year >= 1900 ? 3 : 1;
  const centuryDigit = base + (sex === 'female' ? 1 : 0);
  const first11 = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10) + centuryDigit + String(serial).padStart(4, '0');
  const check = iinCheckDigit(first11);
  return check === null ? null : first11 + check;
}
