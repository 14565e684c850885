// CSV that Excel opens as a table in Kazakh and Russian: UTF-8 with a byte
// order mark (else Excel reads the bytes as the ANSI code page), ";" between
// fields (the list separator of those locales), CRLF, a decimal comma, dates
// as dd.mm.yyyy. A text of digits (an IIN) is written as ="…" so Excel keeps
// its leading zeros; a text starting with = + - @ gets a ' so it is never a formula.
import { type CellType, type CellValue, type ExportTable, printedCell } from './table';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

function decimal(n: number): string {
  return String(n).replace('.', ',');
}

export function csvCell(type: CellType, value: CellValue): string {
  if (value === null || value === undefined || value === '') return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    text = type === 'percent' ? `${decimal(Math.round(value * 1000) / 10)}%` : decimal(value);
  } else if (type === 'date' || type === 'moment') {
    text = printedCell(type, value);
  } else if (/^\d+$/.test(value) && (value.startsWith('0') || value.length > 11)) {
    text = `="${value}"`;
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvText<R>(table: ExportTable<R>): string {
  const { columns, rows, lang } = table;
  const lines = [columns.map((c) => csvCell('text', c.head[lang])).join(CSV_SEPARATOR)];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.type ?? 'text', c.value(row))).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function toCsv<R>(table: ExportTable<R>): Uint8Array {
  return new TextEncoder().encode(toCsvText(table));
}
