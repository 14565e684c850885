import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './dictionary';

describe('screen dictionaries', () => {
  it('have the same keys and the same {parameters} in Kazakh and Russian', () => {
    expect(Object.keys(DICTIONARIES.ru).sort()).toEqual(Object.keys(DICTIONARIES.kk).sort());
    for (const key of Object.keys(DICTIONARIES.kk) as Array<keyof typeof DICTIONARIES.kk>) {
      const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(params(DICTIONARIES.ru[key]), key).toEqual(params(DICTIONARIES.kk[key]));
      expect(DICTIONARIES.ru[key].trim(), key).not.toBe('');
    }
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    const leaks = Object.entries(DICTIONARIES.ru).filter(([, text]) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text));
    expect(leaks).toEqual([]);
  });
});
