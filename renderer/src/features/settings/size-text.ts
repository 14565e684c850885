// "12,5 МБ" / "340 КБ" for a byte count, in the screens' language.
import type { Language } from '@shared/i18n/translate';
import { translate } from '@renderer/texts';

export function sizeText(lang: Language, bytes: number): string {
  if (bytes >= 1024 * 1024) return translate(lang, 'settings.sizeMb', { value: (bytes / 1024 / 1024).toFixed(1).replace('.', ',') });
  return translate(lang, 'settings.sizeKb', { value: Math.max(1, Math.round(bytes / 1024)) });
}
