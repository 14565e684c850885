import { describe, expect, it } from 'vitest';
import { COMMISSION_DICTIONARIES } from './commission-dictionary';
import { COMMISSION_FORM_TEXTS } from '../../../shared/forms/commission-texts';

describe.each([
  ['commission screens', COMMISSION_DICTIONARIES as Record<'kk' | 'ru', Record<string, string>>],
  ['commission forms', COMMISSION_FORM_TEXTS as Record<'kk' | 'ru', Record<string, string>>],
])('%s dictionaries', (_name, dictionaries) => {
  it('have the same keys and the same {parameters} in Kazakh and Russian', () => {
    expect(Object.keys(dictionaries.ru).sort()).toEqual(Object.keys(dictionaries.kk).sort());
    for (const key of Object.keys(dictionaries.kk)) {
      const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(params(dictionaries.ru[key]), key).toEqual(params(dictionaries.kk[key]));
      expect(dictionaries.ru[key].trim(), key).not.toBe('');
    }
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    const leaks = Object.entries(dictionaries.ru).filter(([, text]) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text));
    expect(leaks).toEqual([]);
  });
});
