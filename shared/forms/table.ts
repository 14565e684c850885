// Tables for the form writer: a header row repeated on every page, rows that break across pages,
// cells of several lines.
import { rgb } from 'pdf-lib';
import type { FormWriter } from './layout';
import { textWidth, wrapText } from './text-fit';

const INK = rgb(0, 0, 0);

export interface TableColumn {
  /** Header lines, one per language. */
  title: string[];
  /** Relative width. */
  weight: number;
  align?: 'left' | 'center';
  /** Print the first line of each body cell in bold (e.g. the name above the IIN). */
  boldFirstLine?: boolean;
}

/**
 * A table at the cursor with a header row; rows break across pages and the
 * header is repeated on each page. Cells may hold several lines ("\n").
 */
export function drawTable(
  w: FormWriter,
  columns: TableColumn[],
  rows: string[][],
  options: { size?: number; headerSize?: number } = {},
): void {
  const size = options.size ?? 8.5;
  const headerSize = options.headerSize ?? 7.5;
  const pad = 3;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * w.width);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const cellLines = (cells: string[], fontSize: number, body: boolean) =>
    cells.map((cell, i) =>
      cell.split('\n').flatMap((part, j) => {
        const bold = body ? j === 0 && columns[i].boldFirstLine === true : true;
        return wrapText(w.font(bold), part, fontSize, widths[i] - pad * 2).map((text) => ({ text, bold }));
      }),
    );
  const drawRow = (lines: { text: string; bold: boolean }[][], fontSize: number, shaded: boolean) => {
    const lh = w.lineHeight(fontSize);
    const height = Math.max(...lines.map((l) => l.length)) * lh + pad * 2;
    const topY = w.y;
    if (shaded) w.page.drawRectangle({ x: w.left, y: topY - height, width: w.width, height, color: rgb(0.92, 0.92, 0.92) });
    lines.forEach((cell, i) => {
      cell.forEach((line, j) => {
        const lineWidth = textWidth(w.font(line.bold), line.text, fontSize);
        const x = columns[i].align === 'center' ? xs[i] + (widths[i] - lineWidth) / 2 : xs[i] + pad;
        w.drawLine(line.text, x, topY - pad - j * lh, fontSize, line.bold);
      });
    });
    w.page.drawRectangle({ x: w.left, y: topY - height, width: w.width, height, borderColor: INK, borderWidth: 0.5 });
    for (const x of xs.slice(1)) w.page.drawLine({ start: { x, y: topY }, end: { x, y: topY - height }, thickness: 0.5, color: INK });
    w.y = topY - height;
  };
  const rowHeight = (lines: { text: string }[][], fontSize: number) =>
    Math.max(...lines.map((l) => l.length)) * w.lineHeight(fontSize) + pad * 2;

  const header = columns.map((c) => c.title.join('\n'));
  const headerLines = cellLines(header, headerSize, false);
  const drawHeader = () => drawRow(headerLines, headerSize, true);
  const previous = w.onPageBreak;
  w.onPageBreak = () => {
    previous?.();
    drawHeader();
  };
  w.ensureSpace(rowHeight(headerLines, headerSize) + w.lineHeight(size) + pad * 2);
  drawHeader();
  for (const row of rows) {
    const lines = cellLines(row, size, true);
    w.ensureSpace(rowHeight(lines, size));
    drawRow(lines, size, false);
  }
  w.onPageBreak = previous;
}
