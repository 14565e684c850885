// Types shared by every form's input, and the checks and formatting of the
// values they carry. A builder checks its input first, so a bad value stops
// with a clear message instead of printing a wrong paper.
import { isIsoDate } from '../calendar/dates';
import { LANGUAGES, type Language } from '../i18n/translate';

/** Font files (DejaVu Sans regular and bold): read from node_modules or fetched as assets. */
export interface FormFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface Bilingual {
  kk: string;
  ru: string;
}

export interface FormOffice {
  name: Bilingual;
}

export interface PersonName {
  surname: string;
  name: string;
  patronymic?: string;
}

/** Common fields of every form's input. Default languages: Kazakh, then Russian. */
export interface FormBase {
  fonts: FormFonts;
  languages?: readonly Language[];
  /** A reprint: every page is marked "ТЕЛНҰСҚА / ДУБЛИКАТ". */
  duplicate?: boolean;
}

/** A form input that can't be printed; `field` names the value at fault. */
export class FormInputError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'FormInputError';
  }
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
const IIN = /^\d{12}$/;

export function requireDate(field: string, value: string): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new FormInputError(field, `not a real date (YYYY-MM-DD): "${value}"`);
  return value;
}

export function requireMoment(field: string, value: string): string {
  const m = typeof value === 'string' ? MOMENT.exec(value) : null;
  if (!m || !isIsoDate(m[1])) throw new FormInputError(field, `not a real date and time (YYYY-MM-DDTHH:mm): "${value}"`);
  return value;
}

export function requireText(field: string, value: string | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') throw new FormInputError(field, 'is empty');
  return value.trim();
}

export function requireIin(field: string, value: string): string {
  if (typeof value !== 'string' || !IIN.test(value)) throw new FormInputError(field, `an IIN has 12 digits: "${value}"`);
  return value;
}

export function requireBilingual(field: string, value: Bilingual | undefined): Bilingual {
  if (!value) throw new FormInputError(field, 'is missing');
  return { kk: requireText(`${field}.kk`, value.kk), ru: requireText(`${field}.ru`, value.ru) };
}

export function requireName(field: string, value: PersonName | undefined): PersonName {
  if (!value) throw new FormInputError(field, 'is missing');
  return {
    surname: requireText(`${field}.surname`, value.surname),
    name: requireText(`${field}.name`, value.name),
    patronymic: value.patronymic?.trim() || undefined,
  };
}

export function requireNonEmpty<T>(field: string, list: readonly T[] | undefined): readonly T[] {
  if (!Array.isArray(list) || list.length === 0) throw new FormInputError(field, 'the list is empty');
  return list;
}

export function requireFonts(fonts: FormFonts | undefined): FormFonts {
  if (
    !fonts ||
    !(fonts.regular instanceof Uint8Array) ||
    !(fonts.bold instanceof Uint8Array) ||
    fonts.regular.length === 0 ||
    fonts.bold.length === 0
  ) {
    throw new FormInputError('fonts', 'regular and bold font bytes are required');
  }
  return fonts;
}

/** The languages to print, in print order (Kazakh always before Russian). */
export function requireLanguages(languages: readonly Language[] | undefined): Language[] {
  if (languages === undefined) return [...LANGUAGES];
  const chosen = LANGUAGES.filter((l) => languages.includes(l));
  if (chosen.length === 0 || languages.some((l) => !LANGUAGES.includes(l)))
    throw new FormInputError('languages', `must be "kk", "ru" or both: ${JSON.stringify(languages)}`);
  return chosen;
}

/** "2026-03-05" → "05.03.2026". */
export function printedDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** "2026-03-05T09:40" → "05.03.2026 09:40". */
export function printedMoment(moment: string): string {
  return `${printedDate(moment.slice(0, 10))} ${moment.slice(11, 16)}`;
}

export function fullName(person: PersonName): string {
  return [person.surname, person.name, person.patronymic].filter((part) => part?.trim()).join(' ');
}

/** 125000.5 → "125 000,50"; whole amounts print without decimals. */
export function printedAmount(amount: number): string {
  const [whole, fraction] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction === '00' ? grouped : `${grouped},${fraction}`;
}
