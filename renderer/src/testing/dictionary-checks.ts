// The checks every kk/ru text test makes: the two languages say the same things
// (same keys, same {parameters}), no text is blank, and Russian texts hold no
// Kazakh-only letters. A text may be a plural form object ({ one, few, many,
// other }); each of its forms is checked, and its count comes in "count".
import { expect } from 'vitest';

type Text = string | Readonly<Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>>>;
type Flat = Readonly<Record<string, Text>>;
/** Flat dictionaries (key → text) or catalogues of namespaces (namespace → key → text). */
export type Dictionaries = Readonly<Record<'kk' | 'ru', Readonly<Record<string, Text | Flat>>>>;

const parameters = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const formsOf = (text: Text): string[] =>
  typeof text === 'string' ? [text] : Object.values(text).filter((t): t is string => t !== undefined);
const isText = (value: Text | Flat): value is Text => typeof value === 'string' || 'other' in value;

/** "namespace.key" → text (a flat dictionary stays as it is). */
export function flatten(dictionary: Readonly<Record<string, Text | Flat>>): Record<string, Text> {
  const out: Record<string, Text> = {};
  for (const [name, value] of Object.entries(dictionary)) {
    if (isText(value)) out[name] = value;
    else for (const [key, text] of Object.entries(value)) out[`${name}.${key}`] = text;
  }
  return out;
}

/** Same keys in both languages, the same {parameters} per key (in every plural form), and no blank text in the languages named in `nonEmpty`. */
export function expectSameKeysAndParameters(dictionaries: Dictionaries, nonEmpty: ReadonlyArray<'kk' | 'ru'> = []): void {
  const kk = flatten(dictionaries.kk);
  const ru = flatten(dictionaries.ru);
  expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
  for (const key of Object.keys(kk)) {
    const plural = typeof kk[key] !== 'string' || typeof ru[key] !== 'string';
    const expected = [...new Set([...parameters(formsOf(kk[key]).join(' ')), ...(plural ? ['{count}'] : [])])].sort();
    for (const lang of ['kk', 'ru'] as const) {
      const text = lang === 'kk' ? kk[key] : ru[key];
      if (typeof text !== 'string') expect(text.other, `${lang} ${key}: a plural text needs "other"`).toBeTypeOf('string');
      for (const form of formsOf(text)) {
        const found = parameters(form);
        // A plural form may leave the count out ("одно событие"), never add or lose another parameter.
        expect(plural ? found.filter((p) => p !== '{count}') : found, `${lang} ${key}`).toEqual(
          plural ? expected.filter((p) => p !== '{count}') : expected,
        );
        if (nonEmpty.includes(lang)) expect(form.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  }
}

/** The Russian texts that contain a Kazakh-only letter, as [key, text]; a right dictionary has none. */
export function kazakhLettersInRussian(dictionaries: Dictionaries): Array<[string, string]> {
  return Object.entries(flatten(dictionaries.ru)).flatMap(([key, text]) =>
    formsOf(text)
      .filter((form) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(form))
      .map((form): [string, string] => [key, form]),
  );
}
