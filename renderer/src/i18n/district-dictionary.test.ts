import { describe, expect, it } from 'vitest';
import { DISTRICT_DICTIONARIES, districtBilingual, districtText } from './district-dictionary';

describe('district dictionaries', () => {
  it('have the same keys and {parameters} in Kazakh and Russian, none empty', () => {
    const { kk, ru } = DISTRICT_DICTIONARIES;
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(kk) as Array<keyof typeof kk>) {
      expect(params(ru[key]), key).toEqual(params(kk[key]));
      expect(ru[key].trim(), key).not.toBe('');
      expect(kk[key].trim(), key).not.toBe('');
    }
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(Object.entries(DISTRICT_DICTIONARIES.ru).filter(([, text]) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text))).toEqual([]);
  });

  it('fills parameters in both languages', () => {
    expect(districtBilingual('relayTo', { district: 'D05', count: 2 })).toEqual({ kk: 'Аудан: D05; файлдар: 2', ru: 'Район: D05; файлов: 2' });
    expect(districtText('kk', 'tenge', { amount: '12 500' })).toBe('12 500 теңге');
  });
});
