// What the office's journals share: a date range, the office header, a title,
// one table row per entry with the header repeated on every page, a total and
// page numbers. A4 landscape.
import type { Language } from '../i18n/translate';
import type { z } from 'zod';
import {
  FormInputError,
  printedDate,
  type FormBase,
  type FormFonts,
  type FormOffice,
  FORM_BASE,
  FormDate,
  FormOfficeSchema,
} from './input';
import { bilingualLabel, FormWriter, labelLines, mm, type TableColumn } from './layout';
import type { FormTextKey } from './texts';

export interface PeriodRegisterInput extends FormBase {
  office: FormOffice;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  rows: unknown[];
}

export interface CheckedPeriod {
  languages: readonly Language[];
  fonts: FormFonts;
  office: { kk: string; ru: string };
  from: string;
  to: string;
  duplicate: boolean;
}

/** The input every register has; a register's builder adds `rows: list(Row)`. */
export const PERIOD_REGISTER = { ...FORM_BASE, office: FormOfficeSchema, from: FormDate, to: FormDate };

/** The checked period, once its two ends are in order. */
export function periodOf(checked: z.output<z.ZodObject<typeof PERIOD_REGISTER>>): CheckedPeriod {
  const { languages, fonts, from, to } = checked;
  if (to < from) throw new FormInputError('to', `the period ends before it starts: ${from} – ${to}`);
  return { languages, fonts, office: checked.office.name, from, to, duplicate: checked.duplicate === true };
}

/** A label of the form texts, or one already worded in each chosen language (a form with texts of its own). */
export type RegisterLabel = FormTextKey | { lines: string[] };

const linesOf = (languages: readonly Language[], label: RegisterLabel): string[] =>
  typeof label === 'string' ? labelLines(languages, label) : label.lines;

/** Writes the register: `columns` take their titles from the form texts; `body` is one row of cells per entry. */
export async function writePeriodRegister(
  period: CheckedPeriod,
  titleKey: RegisterLabel,
  columns: Array<Omit<TableColumn, 'title'> & { titleKey: RegisterLabel }>,
  body: string[][],
): Promise<Uint8Array> {
  const { languages, fonts, office, from, to } = period;
  const title = linesOf(languages, titleKey);
  const w = await FormWriter.open(fonts, { title: [...new Set(title)].join(' / '), pageSize: 'A4Landscape', margin: mm(12) });
  w.officeHeader(languages, office, 10);
  w.title(title, 13);
  w.text(`${bilingualLabel(languages, 'period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.gap(8);
  w.table(
    columns.map(({ titleKey: key, ...column }) => ({ ...column, title: linesOf(languages, key) })),
    body,
    { size: 7.5, headerSize: 7 },
  );
  w.gap(8);
  w.text(body.length ? `${bilingualLabel(languages, 'total')}: ${body.length}` : bilingualLabel(languages, 'noRows'), {
    size: 10,
    bold: true,
  });
  w.pageNumbers(languages);
  return w.save(period.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
