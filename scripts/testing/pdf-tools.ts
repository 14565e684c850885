// NODE-ONLY test tools: write a PDF to a temp folder, read it back with
// poppler's pdftotext, render it with pdftoppm, and read pixels and QR codes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export interface WrittenPdf {
  dir: string;
  path: string;
}

export function writeTempPdf(pdf: Uint8Array, name: string): WrittenPdf {
  const dir = mkdtempSync(join(tmpdir(), 'akimat-forms-'));
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return { dir, path };
}

/** Text as `pdftotext -layout` reads it; pages are separated by form feeds. */
export function pdfLayoutText(file: WrittenPdf): string {
  return execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
}

/** Text in drawing order with all whitespace collapsed to single spaces: wrapped lines join back up. */
export function pdfFlatText(file: WrittenPdf): string {
  return execFileSync('pdftotext', ['-raw', file.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function pageTexts(file: WrittenPdf): string[] {
  return pdfLayoutText(file)
    .split('\f')
    .filter((page) => page.trim() !== '');
}

export interface WordBox {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box, from `pdftotext -bbox`. */
export function wordBoxes(file: WrittenPdf): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', file.path, '-'], { encoding: 'utf8' });
  const boxes: WordBox[] = [];
  let page = 0;
  let size = { w: 0, h: 0 };
  for (const m of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page++;
      size = { w: Number(m[1]), h: Number(m[2]) };
      continue;
    }
    boxes.push({ text: m[7], page, xMin: +m[3], yMin: +m[4], xMax: +m[5], yMax: +m[6], pageWidth: size.w, pageHeight: size.h });
  }
  return boxes;
}

/** Renders every page to PNG with pdftoppm; returns the PNG paths in page order. */
export function renderPng(file: WrittenPdf, dpi: number): string[] {
  const prefix = join(file.dir, `page-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file.path, prefix]);
  return readdirSync(file.dir)
    .filter((f) => f.startsWith(`page-${dpi}`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(file.dir, f));
}

export function readPng(path: string): PNG {
  return PNG.sync.read(readFileSync(path));
}

/** Share of pixels that are dark (ink): 0 for a blank page. */
export function inkShare(png: PNG): number {
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 384) dark++;
  return dark / (png.width * png.height);
}

export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}
