// For the form writer: page sizes and millimetres, labels in the chosen languages, and text
// measured and wrapped to a width.
import type { PDFFont } from 'pdf-lib';
import type { Language } from '../i18n/translate';
import type { Bilingual } from './input';
import { formText, type FormTextKey } from './texts';

export const PAGE_SIZES = {
  A4: [595.28, 841.89],
  A4Landscape: [841.89, 595.28],
  A5: [419.53, 595.28],
  A6: [297.64, 419.53],
} as const satisfies Record<string, readonly [number, number]>;
export type PageSize = keyof typeof PAGE_SIZES;

const MM = 72 / 25.4;
export const mm = (value: number) => value * MM;

/** "Kazakh / Russian" for one label, or just one of them; a label spelt alike in both ("Телефон") prints once. */
export function bilingualLabel(languages: readonly Language[], key: FormTextKey, params?: Record<string, string | number>): string {
  const texts = languages.map((l) => formText(l, key, params));
  return texts.filter((text, i) => texts.indexOf(text) === i).join(' / ');
}

/** One label in each chosen language, one per entry. */
export function labelLines(languages: readonly Language[], key: FormTextKey, params?: Record<string, string | number>): string[] {
  return languages.map((l) => formText(l, key, params));
}

/** The value in each chosen language, one per entry. */
export function pick(languages: readonly Language[], value: Bilingual): string[] {
  return languages.map((l) => value[l]);
}

// pdf-lib measures a string by laying out all its glyphs, which is slow when a
// line is re-measured word by word. Widths add up glyph by glyph, so a line's
// width is the sum of its words' widths and spaces: each word is measured once.
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

/** Width of `text` at `size`, from cached per-word widths. */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let cache = wordWidths.get(font);
  if (!cache) {
    cache = new Map();
    wordWidths.set(font, cache);
  }
  let units = 0;
  const words = text.split(' ');
  for (const word of words) {
    if (!word) continue;
    let w = cache.get(word);
    if (w === undefined) {
      w = font.widthOfTextAtSize(word, 1);
      cache.set(word, w);
    }
    units += w;
  }
  if (words.length > 1) {
    let space = cache.get(' ');
    if (space === undefined) {
      space = font.widthOfTextAtSize(' ', 1);
      cache.set(' ', space);
    }
    units += space * (words.length - 1);
  }
  return units * size;
}

/** Splits text into lines that fit maxWidth at the given size; a word longer than a line is cut by characters. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number, hanging = 0): string[] {
  const lines: string[] = [];
  const space = font.widthOfTextAtSize(' ', size);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const limit = () => maxWidth - (lines.length > 0 ? hanging : 0);
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const wordWidth = textWidth(font, word, size);
      if (line && lineWidth + space + wordWidth <= limit()) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (!line && wordWidth <= limit()) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      while (lineWidth > limit()) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > limit()) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = font.widthOfTextAtSize(line, size);
      }
    }
    lines.push(line);
  }
  return lines;
}
