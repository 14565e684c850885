// The checks every kk/ru dictionary test makes: the two languages say the same
// things (same keys, same {parameters}) and Russian texts hold no Kazakh-only letters.
import { expect } from 'vitest';

export type Dictionaries = Record<'kk' | 'ru', Record<string, string>>;

const parameters = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/** Same keys in both languages, the same {parameters} per key, and no blank text in the languages named in `nonEmpty`. */
export function expectSameKeysAndParameters(dictionaries: Dictionaries, nonEmpty: ReadonlyArray<'kk' | 'ru'> = []): void {
  const { kk, ru } = dictionaries;
  expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
  for (const key of Object.keys(kk)) {
    expect(parameters(ru[key]), key).toEqual(parameters(kk[key]));
    for (const lang of nonEmpty) expect(dictionaries[lang][key].trim(), key).not.toBe('');
  }
}

/** The Russian texts that contain a Kazakh-only letter, as [key, text]; a right dictionary has none. */
export function kazakhLettersInRussian(dictionaries: Dictionaries): Array<[string, string]> {
  return Object.entries(dictionaries.ru).filter(([, text]) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text));
}
