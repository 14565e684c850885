// A table to export: columns with Kazakh and Russian heads, each reading one
// typed value from a row. The CSV and XLSX writers share it, so a register, a
// journal and a report export the same way from their own rows.
import type { Language } from '../i18n/translate';

/** How a column's values are written: numbers and dates typed so a spreadsheet can sum and sort them. */
export type CellType = 'text' | 'number' | 'percent' | 'date' | 'moment';

/** A value of a cell: text; a number (a percent as a share, 0.85); a date "YYYY-MM-DD"; a moment "YYYY-MM-DDTHH:mm". */
export type CellValue = string | number | null | undefined;

export interface ExportColumn<R> {
  head: { kk: string; ru: string };
  value(row: R): CellValue;
  /** "text" when absent. A text of digits only (an IIN) stays text. */
  type?: CellType;
  /** Width in characters in the spreadsheet; from the head and the values when absent. */
  width?: number;
}

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportTable<R> {
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
  /** The language of the heads. */
  lang: Language;
  /** The sheet's name (XLSX); cut to what a sheet name may hold. */
  sheet?: string;
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** dd.mm.yyyy (and hh:mm) as Kazakh and Russian Excel read a date. */
export function printedCell(type: 'date' | 'moment', value: string): string {
  const m = (type === 'date' ? DATE : MOMENT).exec(value);
  if (!m) return value;
  return type === 'date' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}`;
}

/** A date or moment as the UTC instant a spreadsheet shows as that wall-clock time; undefined when not one. */
export function cellDate(type: 'date' | 'moment', value: string): Date | undefined {
  const m = (type === 'date' ? DATE : MOMENT).exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, never empty. */
export function sheetName(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return clean || 'Sheet1';
}

/** A file name for the export: the name's letters kept (Kazakh too), the rest joined by "-". */
export function exportFileName(base: string, format: ExportFormat): string {
  const clean = base
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${clean || 'export'}.${format}`;
}
