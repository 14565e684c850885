// What the office's journals share: a date range, the office header, a title,
// one table row per entry with the header repeated on every page, a total and
// page numbers. A4 landscape.
import type { Language } from '../i18n/translate';
import {
  FormInputError,
  printedDate,
  requireBilingual,
  requireDate,
  requireFonts,
  requireLanguages,
  type FormBase,
  type FormFonts,
  type FormOffice,
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

/** Checks the parts every register has; the rows are the caller's to check. */
export function checkPeriodRegister(input: PeriodRegisterInput): CheckedPeriod {
  const languages = requireLanguages(input.languages);
  const fonts = requireFonts(input.fonts);
  const office = requireBilingual('office.name', input.office?.name);
  const from = requireDate('from', input.from);
  const to = requireDate('to', input.to);
  if (to < from) throw new FormInputError('to', `the period ends before it starts: ${from} – ${to}`);
  if (!Array.isArray(input.rows)) throw new FormInputError('rows', 'must be a list');
  return { languages, fonts, office, from, to, duplicate: input.duplicate === true };
}

/** Writes the register: `columns` take their titles from the form texts; `body` is one row of cells per entry. */
export async function writePeriodRegister(
  period: CheckedPeriod,
  titleKey: FormTextKey,
  columns: Array<Omit<TableColumn, 'title'> & { titleKey: FormTextKey }>,
  body: string[][],
): Promise<Uint8Array> {
  const { languages, fonts, office, from, to } = period;
  const w = await FormWriter.open(fonts, { title: bilingualLabel(languages, titleKey), pageSize: 'A4Landscape', margin: mm(12) });
  w.officeHeader(languages, office, 10);
  w.title(labelLines(languages, titleKey), 13);
  w.text(`${bilingualLabel(languages, 'period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.gap(8);
  w.table(
    columns.map(({ titleKey: key, ...column }) => ({ ...column, title: labelLines(languages, key) })),
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
