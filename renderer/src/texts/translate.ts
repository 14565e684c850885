// One lookup for every text: translate(lang, key, params) anywhere, bilingual(key,
// params) for messages kept and shown later in either language, and the t() that
// useLanguage() gives to React.
import { interpolate, type Language } from '@shared/i18n/translate';
import { kk } from './kk';
import { ru } from './ru';
import type { Catalogue, PluralText, Text, TextArgs, TextKey, TextParams } from './types';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { kk, ru };

const PLURAL_RULES: Record<Language, Intl.PluralRules> = { kk: new Intl.PluralRules('kk'), ru: new Intl.PluralRules('ru') };

function lookup(lang: Language, key: string): Text | undefined {
  const dot = key.indexOf('.');
  const namespace = (CATALOGUES[lang] as Record<string, Record<string, Text> | undefined>)[key.slice(0, dot)];
  return namespace?.[key.slice(dot + 1)];
}

/** The form of a plural text for params.count ("other" when there is no count or no such form). */
export function pluralForm(lang: Language, text: PluralText, params?: TextParams): string {
  const count = Number(params?.count);
  if (params?.count === undefined || params.count === '' || Number.isNaN(count)) return text.other;
  return text[PLURAL_RULES[lang].select(count)] ?? text.other;
}

/** The raw text of a key: this language's, else the Kazakh one, else the key itself (so a gap shows, never a blank). */
export function textOf(lang: Language, key: string): Text {
  return lookup(lang, key) ?? lookup('kk', key) ?? key;
}

/** The text of `key` in `lang` with its {parameters} filled. */
export function translate<K extends TextKey>(lang: Language, key: K, ...[params]: TextArgs<K>): string {
  const text = textOf(lang, key);
  return interpolate(typeof text === 'string' ? text : pluralForm(lang, text, params), params);
}

/** Both languages of a text, for messages that must follow a later language switch. */
export function bilingual<K extends TextKey>(key: K, ...args: TextArgs<K>): { kk: string; ru: string } {
  return { kk: translate('kk', key, ...args), ru: translate('ru', key, ...args) };
}

/** The t() of one language, as useLanguage() hands it out. */
export type Translate = <K extends TextKey>(key: K, ...args: TextArgs<K>) => string;
export function translatorFor(lang: Language): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}
