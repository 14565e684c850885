// Until every screen calls t('namespace.key'): the old lookups (t of the general
// dictionary, ct, districtText, settingsText, syncText …) as thin adapters over the
// one catalogue. Each old module maps its old keys to catalogue keys. Deleted with them.
import type { Dictionaries, Language } from '@shared/i18n/translate';
import { translate } from './translate';
import type { TextKey } from './types';

type Params = Record<string, string | number>;
const loose = translate as (lang: Language, key: TextKey, params?: Params) => string;

export function legacyTranslator<K extends string>(keys: Readonly<Record<K, TextKey>>) {
  return (lang: Language, key: K, params?: Params): string => loose(lang, keys[key], params);
}

export function legacyBilingual<K extends string>(keys: Readonly<Record<K, TextKey>>) {
  return (key: K, params?: Params): { kk: string; ru: string } => ({
    kk: loose('kk', keys[key], params),
    ru: loose('ru', keys[key], params),
  });
}

/** The old flat dictionaries, read from the catalogue (a plural text as its "other" form). */
export function legacyDictionaries<K extends string>(keys: Readonly<Record<K, TextKey>>): Dictionaries<K> {
  const one = (lang: Language) =>
    Object.fromEntries(Object.entries<TextKey>(keys).map(([old, key]) => [old, loose(lang, key)])) as Record<K, string>;
  return { kk: one('kk'), ru: one('ru') };
}
