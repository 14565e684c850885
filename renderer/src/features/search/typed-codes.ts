// Codes a clerk or a USB scanner types into search: the talon's QR text
// ("https://server/s/K7M2-9QXD" or, before enrollment, "akimat-desk:case/<uuid>")
// and the beginning of a short code ("R71B"). A scanner types through the
// keyboard layout in use, so a QR read under the Russian layout
// ("реезыЖ..", "флшьфе-вуылЖсфыу.") is read back as the Latin it meant.
import { normaliseShortCode } from '@shared/case';

const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбю.ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,';
const LATIN_KEYS = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,./QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?';

/** What the keys pressed under the Russian layout would have typed under the Latin one. */
export function fromRussianLayout(text: string): string {
  return text.replace(/./g, (ch) => {
    const at = RUSSIAN_KEYS.indexOf(ch);
    return at < 0 ? ch : LATIN_KEYS[at];
  });
}

const CASE_URI = /^akimat-desk:case\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const STATUS_URL = /^https?:\/\/[^\s/]+(?:\/[^\s]*)?\/s\/([0-9a-z]{4}-?[0-9a-z]{4})\/?$/i;

export type QrTarget = { caseId: string } | { shortCode: string };

/** The case a talon's QR text points at, or null when the text is not one. */
export function caseFromQr(typed: string): QrTarget | null {
  const text = typed.trim();
  for (const candidate of [text, fromRussianLayout(text)]) {
    const uri = CASE_URI.exec(candidate);
    if (uri) return { caseId: uri[1].toLowerCase() };
    const url = STATUS_URL.exec(candidate);
    const code = url && normaliseShortCode(url[1]);
    if (code) return { shortCode: code };
  }
  return null;
}

/** The printed form of the beginning of a short code ("r71b9" → "R71B-9"), or null when it cannot be one. */
export function shortCodePrefix(typed: string): string | null {
  const clean = typed.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length < 4 || clean.length > 8 || !/^[0-9A-HJKMNP-TV-Z]+$/.test(clean)) return null;
  return clean.length > 4 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : clean;
}
