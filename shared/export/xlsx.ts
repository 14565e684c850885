// An XLSX workbook of one sheet (exceljs, loaded on first use): a bold frozen
// head row with a filter, numbers and dates as typed cells with their formats,
// texts as text (an IIN keeps its leading zeros).
import { cellDate, type CellType, type CellValue, type ExportTable, sheetName } from './table';

const FORMATS: Partial<Record<CellType, string>> = {
  date: 'dd.mm.yyyy',
  moment: 'dd.mm.yyyy hh:mm',
  percent: '0.0%',
};

export function xlsxCell(type: CellType, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (type === 'date' || type === 'moment') return cellDate(type, value) ?? value;
  if (type === 'number' || type === 'percent') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

function widthOf(text: string): number {
  return Math.max(...text.split('\n').map((line) => line.length));
}

export async function toXlsx<R>(table: ExportTable<R>): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { columns, rows, lang } = table;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akimat Desk';
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  const values = rows.map((row) => columns.map((c) => xlsxCell(c.type ?? 'text', c.value(row))));
  sheet.columns = columns.map((c, i) => {
    const longest = Math.max(
      widthOf(c.head[lang]),
      ...values.slice(0, 500).map((r) => {
        const v = r[i];
        return v instanceof Date ? 16 : v === null ? 0 : widthOf(String(v));
      }),
    );
    return {
      header: c.head[lang],
      width: c.width ?? Math.min(60, Math.max(8, longest + 2)),
      style: FORMATS[c.type ?? 'text'] ? { numFmt: FORMATS[c.type ?? 'text'] } : {},
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of values) sheet.addRow(row);
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
