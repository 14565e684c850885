// Types shared by every form's input, the zod schemas of the values they carry,
// and their formatting. A builder checks its input first, once (checkInput), so a
// bad value stops with a clear message instead of printing a wrong paper.
import { z } from 'zod';
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

// The values forms carry, as zod schemas: each builder declares its input with
// them and checks it once (checkInput), so the rules and their messages live here only.

/** A value broken in a way that `message` says; the builder's field path is added by checkInput. */
export class Problem {
  constructor(readonly message: string) {}
}

export const rule = <T>(check: (value: unknown) => T | Problem) =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const checked = check(value);
      if (!(checked instanceof Problem)) return checked;
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    });

/** Non-blank text, trimmed. */
export const FormText = rule((value) => (typeof value !== 'string' || value.trim() === '' ? new Problem('is empty') : value.trim()));

/** 'YYYY-MM-DD', a real day. */
export const FormDate = rule((value) =>
  typeof value !== 'string' || !isIsoDate(value) ? new Problem(`not a real date (YYYY-MM-DD): "${value}"`) : value,
);

/** 'YYYY-MM-DDTHH:mm', a real day and time. */
export const FormMoment = rule((value) => {
  const m = typeof value === 'string' ? MOMENT.exec(value) : null;
  return !m || !isIsoDate(m[1]) ? new Problem(`not a real date and time (YYYY-MM-DDTHH:mm): "${value}"`) : (value as string);
});

export const FormIin = rule((value) =>
  typeof value !== 'string' || !IIN.test(value) ? new Problem(`an IIN has 12 digits: "${value}"`) : value,
);

/** An object that must be there ("is missing" otherwise). */
export const present = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .optional()
    .refine((value): boolean => value !== undefined && value !== null, { message: 'is missing', abort: true })
    .pipe(schema as unknown as z.ZodType<z.output<S>, unknown>);

/** An object whose own fields are checked even when it is absent (so the message names the field inside). */
export const within = <Shape extends z.ZodRawShape>(shape: Shape) => z.preprocess((value) => value ?? {}, z.looseObject(shape));

export const FormBilingual = present(z.object({ kk: FormText, ru: FormText }));

/** The fields of a PersonName, to extend with what a form adds (an IIN, an address). */
export const PERSON_NAME = {
  surname: FormText,
  name: FormText,
  patronymic: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? value.trim() : '') || undefined),
};

export const FormName = present(z.object(PERSON_NAME));

/** A list (of any length). */
export const list = <S extends z.ZodType>(item: S) =>
  z
    .unknown()
    .optional()
    .refine((value): boolean => Array.isArray(value), { message: 'must be a list', abort: true })
    .pipe(z.array(item) as unknown as z.ZodType<Array<z.output<S>>, unknown>);

/** A list of at least one item. */
export const nonEmpty = <S extends z.ZodType>(item: S) =>
  z
    .unknown()
    .optional()
    .refine((list) => Array.isArray(list) && list.length > 0, { message: 'the list is empty', abort: true })
    .pipe(z.array(item) as unknown as z.ZodType<Array<z.output<S>>, unknown>);

const FormFontsSchema = rule((fonts) => {
  const f = fonts as Partial<FormFonts> | undefined;
  const ok = f && f.regular instanceof Uint8Array && f.bold instanceof Uint8Array && f.regular.length > 0 && f.bold.length > 0;
  return ok ? (f as FormFonts) : new Problem('regular and bold font bytes are required');
});

/** The languages to print, in print order (Kazakh always before Russian); both when not given. */
const FormLanguages = rule<Language[]>((languages) => {
  if (languages === undefined) return [...LANGUAGES];
  const given = Array.isArray(languages) ? (languages as Language[]) : [];
  const chosen = LANGUAGES.filter((l) => given.includes(l));
  if (chosen.length === 0 || given.some((l) => !LANGUAGES.includes(l)))
    return new Problem(`must be "kk", "ru" or both: ${JSON.stringify(languages)}`);
  return chosen;
});

/** The fields every builder's input has (FormBase), checked. */
export const FORM_BASE = { languages: FormLanguages, fonts: FormFontsSchema, duplicate: z.boolean().optional() };

/** `office.name` of every form that names the office. */
export const FormOfficeSchema = within({ name: FormBilingual });

/** "rows[2].applicant.iin" */
const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '');

/** The one check of a builder's input: its values as the schema makes them, or FormInputError naming the first bad field. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const checked = schema.safeParse(input);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new FormInputError(fieldPath(issue.path), issue.message);
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
