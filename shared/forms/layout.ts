// Layout helpers every form shares: a writer with a cursor that wraps text by
// measured width, breaks pages, draws tables with a repeated header, signature
// lines, the office header, a vector QR code and page numbers.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Language } from '../i18n/translate';
import type { Bilingual, FormFonts } from './input';
import { drawQrCode } from './qr';
import { drawTable, type TableColumn } from './table';
import { bilingualLabel, mm, PAGE_SIZES, type PageSize, pick, textWidth, wrapText } from './text-fit';

export type { TableColumn } from './table';
export { bilingualLabel, labelLines, mm, PAGE_SIZES, type PageSize, pick, textWidth, wrapText } from './text-fit';

const INK = rgb(0, 0, 0);
const MUTED = rgb(0.33, 0.33, 0.33);
const LINE_FACTOR = 1.25;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Extra left indent from the writer's left edge. */
  indent?: number;
  /** Width available, from the indent; default: to the right edge. */
  width?: number;
  /** Indent of the lines after the first (a hanging indent for numbered lists). */
  hanging?: number;
}

export class FormWriter {
  page!: PDFPage;
  /** Cursor: the top of the next line, in PDF points from the bottom. */
  y = 0;
  left = 0;
  right = 0;
  top = 0;
  bottom = 0;
  /** Called after a page break made by the writer, e.g. to repeat a table header. */
  onPageBreak?: () => void;

  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly pageSize: PageSize,
    readonly margin: number,
  ) {}

  static async open(fonts: FormFonts, options: { title: string; pageSize: PageSize; margin?: number }): Promise<FormWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const [regular, bold] = await Promise.all([
      doc.embedFont(fonts.regular, { subset: true }),
      doc.embedFont(fonts.bold, { subset: true }),
    ]);
    doc.setTitle(options.title);
    doc.setProducer('Akimat Desk');
    doc.setCreator('Akimat Desk');
    const writer = new FormWriter(doc, regular, bold, options.pageSize, options.margin ?? mm(15));
    writer.addPage();
    return writer;
  }

  get width(): number {
    return this.right - this.left;
  }

  addPage(): PDFPage {
    const [w, h] = PAGE_SIZES[this.pageSize];
    this.page = this.doc.addPage([w, h]);
    this.left = this.margin;
    this.right = w - this.margin;
    this.top = h - this.margin;
    this.bottom = this.margin + 14; // room for the page number
    this.y = this.top;
    return this.page;
  }

  font(bold?: boolean): PDFFont {
    return bold ? this.bold : this.regular;
  }

  lineHeight(size: number): number {
    return size * LINE_FACTOR;
  }

  /** Starts a new page when less than `height` is left. */
  ensureSpace(height: number): void {
    if (this.y - height >= this.bottom) return;
    this.addPage();
    this.onPageBreak?.();
  }

  /** Runs `draw` with the writing width narrowed to [left, right]; restores the width after. */
  within(left: number, right: number, draw: () => void): number {
    const saved = [this.left, this.right];
    this.left = left;
    this.right = right;
    try {
      draw();
    } finally {
      [this.left, this.right] = saved;
    }
    return this.y;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Draws one line of text with its top at `top`. */
  drawLine(text: string, x: number, top: number, size: number, bold = false, color: RGB = INK): void {
    this.page.drawText(text, { x, y: top - size * 0.93, size, font: this.font(bold), color });
  }

  /** Wrapped text at the cursor; returns the lines drawn. */
  text(text: string, style: TextStyle = {}): string[] {
    const size = style.size ?? 10;
    const font = this.font(style.bold);
    const x0 = this.left + (style.indent ?? 0);
    const width = style.width ?? this.right - x0;
    const lines = wrapText(font, text, size, width, style.hanging ?? 0);
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensureSpace(lh);
      const lineWidth = textWidth(font, line, size);
      const x =
        style.align === 'center'
          ? x0 + (width - lineWidth) / 2
          : style.align === 'right'
            ? x0 + width - lineWidth
            : x0 + (i > 0 ? (style.hanging ?? 0) : 0);
      this.drawLine(line, x, this.y, size, style.bold, style.muted ? MUTED : INK);
      this.y -= lh;
    });
    return lines;
  }

  /** Height that `text` would take with this style. */
  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    const x0 = this.left + (style.indent ?? 0);
    const width = style.width ?? this.right - x0;
    return wrapText(this.font(style.bold), text, size, width, style.hanging ?? 0).length * this.lineHeight(size);
  }

  /** A small muted label with its value below it (one value line per language). */
  field(label: string, values: string | string[], style: { size?: number; bold?: boolean; indent?: number; width?: number } = {}): void {
    const size = style.size ?? 10;
    const list = (Array.isArray(values) ? values : [values]).filter((v, i, all) => all.indexOf(v) === i);
    this.ensureSpace(this.lineHeight(size * 0.78) + this.lineHeight(size));
    this.text(label, { size: size * 0.78, muted: true, indent: style.indent, width: style.width });
    list.forEach((value, i) => {
      this.text(value, { size, bold: i === 0 && (style.bold ?? true), indent: style.indent, width: style.width });
    });
    this.gap(size * 0.35);
  }

  /** A numbered list "1) …;" with a hanging indent. */
  numbered(items: string[], style: { size?: number; indent?: number } = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    items.forEach((item, i) => {
      const marker = `${i + 1}) `;
      const markerWidth = this.regular.widthOfTextAtSize('00) ', size);
      const lines = wrapText(this.regular, item, size, this.right - this.left - indent - markerWidth);
      const lh = this.lineHeight(size);
      lines.forEach((line, j) => {
        this.ensureSpace(lh);
        if (j === 0) this.drawLine(marker, this.left + indent, this.y, size);
        this.drawLine(line, this.left + indent + markerWidth, this.y, size);
        this.y -= lh;
      });
    });
  }

  /** A horizontal rule across the writing width at the cursor. */
  rule(options: { dashed?: boolean; thickness?: number; from?: number; to?: number } = {}): void {
    this.page.drawLine({
      start: { x: options.from ?? this.left, y: this.y },
      end: { x: options.to ?? this.right, y: this.y },
      thickness: options.thickness ?? 0.6,
      color: INK,
      dashArray: options.dashed ? [4, 3] : undefined,
    });
  }

  /**
   * "Prefix ____________ value" with a small caption under the line: the place
   * to sign. `value` (e.g. a printed name) goes after the line.
   */
  signatureLine(options: { prefix?: string; caption?: string; value?: string; lineWidth?: number; size?: number }): void {
    const size = options.size ?? 10;
    const lh = this.lineHeight(size);
    const prefixLines = options.prefix ? wrapText(this.regular, options.prefix, size, this.width * 0.45) : [];
    const captionHeight = options.caption ? this.measure(options.caption, { size: size * 0.7 }) : 0;
    this.ensureSpace(Math.max(prefixLines.length, 1) * lh + captionHeight + 8);
    let x = this.left;
    const top = this.y - 6;
    prefixLines.forEach((line, i) => {
      this.drawLine(line, this.left, top - i * lh, size);
    });
    if (prefixLines.length) x += Math.max(...prefixLines.map((l) => this.regular.widthOfTextAtSize(l, size))) + 6;
    const lineWidth = options.lineWidth ?? Math.min(mm(50), this.right - x);
    const baseline = top - size - (prefixLines.length - 1 > 0 ? (prefixLines.length - 1) * lh : 0);
    this.page.drawLine({ start: { x, y: baseline }, end: { x: x + lineWidth, y: baseline }, thickness: 0.6, color: INK });
    if (options.value) {
      const valueLines = wrapText(this.regular, options.value, size, this.right - (x + lineWidth + 8));
      valueLines.forEach((line, i) => {
        this.drawLine(line, x + lineWidth + 8, baseline + size * 0.93 - i * lh, size);
      });
    }
    this.y = baseline - 2;
    if (options.caption) {
      const saved = this.left;
      this.left = x;
      this.text(options.caption, { size: size * 0.7, muted: true, width: Math.max(lineWidth, mm(60)) });
      this.left = saved;
    }
    this.gap(size * 0.6);
  }

  /** The office name at the top, each language on its own line, and a rule under it. */
  officeHeader(languages: readonly Language[], office: Bilingual, size = 10): void {
    pick(languages, office).forEach((name, i) => {
      this.text(name, { size: i === 0 ? size : size * 0.9, bold: i === 0, align: 'center' });
    });
    this.gap(2);
    this.rule({ thickness: 0.8 });
    this.gap(size * 0.8);
  }

  /** A title, one centred bold line block per language. */
  title(lines: string[], size = 13): void {
    for (const line of lines) this.text(line, { size, bold: true, align: 'center' });
    this.gap(size * 0.6);
  }

  /** A framed mark such as "ТЕЛНҰСҚА / ДУБЛИКАТ" at the top right of the cursor line. */
  stamp(text: string, options: { size?: number; x?: number; top?: number } = {}): void {
    const size = options.size ?? 12;
    const w = this.bold.widthOfTextAtSize(text, size) + 12;
    const h = size + 8;
    const x = options.x ?? this.right - w;
    const top = options.top ?? this.y;
    const red = rgb(0.75, 0, 0);
    this.page.drawRectangle({ x, y: top - h, width: w, height: h, borderColor: red, borderWidth: 1.6 });
    this.page.drawText(text, { x: x + 6, y: top - h + 5.5, size, font: this.bold, color: red });
  }

  /** A vector QR code with its top-left corner at (x, top), `size` points wide. */
  qrCode(content: string, x: number, top: number, size: number): void {
    drawQrCode(this.page, content, x, top, size);
  }

  /**
   * A table at the cursor with a header row; rows break across pages and the
   * header is repeated on each page. Cells may hold several lines ("\n").
   */
  table(columns: TableColumn[], rows: string[][], options: { size?: number; headerSize?: number } = {}): void {
    drawTable(this, columns, rows, options);
  }

  /** "бет / стр. N / M" at the bottom right of every page. */
  pageNumbers(languages: readonly Language[]): void {
    const pages = this.doc.getPages();
    const word = bilingualLabel(languages, 'page');
    pages.forEach((page, i) => {
      const text = `${word} ${i + 1} / ${pages.length}`;
      const size = 8;
      const w = this.regular.widthOfTextAtSize(text, size);
      page.drawText(text, { x: page.getWidth() - this.margin - w, y: this.margin - 2, size, font: this.regular, color: MUTED });
    });
  }

  /** Saves the PDF; with a mark, every page is stamped with it in its top margin (a reprinted duplicate). */
  async save(duplicateMark?: string): Promise<Uint8Array> {
    if (duplicateMark) {
      for (const page of this.doc.getPages()) {
        const size = 9;
        const w = this.bold.widthOfTextAtSize(duplicateMark, size) + 12;
        const red = rgb(0.75, 0, 0);
        const x = page.getWidth() - this.margin - w;
        const y = page.getHeight() - this.margin / 2 - (size + 8) / 2;
        page.drawRectangle({ x, y, width: w, height: size + 8, borderColor: red, borderWidth: 1.4 });
        page.drawText(duplicateMark, { x: x + 6, y: y + 5, size, font: this.bold, color: red });
      }
    }
    return this.doc.save({ useObjectStreams: true });
  }
}
