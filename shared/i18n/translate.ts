// Dictionaries are plain objects: the Kazakh one defines the keys, the Russian
// one must have the same keys (the type checker enforces it). "{name}" in a text
// is replaced by the parameter of that name.
export const LANGUAGES = ['kk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Dictionary<K extends string> = Record<K, string>;
export type Dictionaries<K extends string> = Record<Language, Dictionary<K>>;

export function interpolate(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translate function over one set of dictionaries. */
export function translator<K extends string>(dictionaries: Dictionaries<K>) {
  return (language: Language, key: K, params?: Record<string, string | number>): string => interpolate(dictionaries[language][key], params);
}
