import { describe, expect, it } from 'vitest';
import { expectSameKeysAndParameters, kazakhLettersInRussian } from '@renderer/testing/dictionary-checks';
import { DISTRICT_DICTIONARIES, districtBilingual, districtText } from './texts';

describe('district dictionaries', () => {
  it('have the same keys and {parameters} in Kazakh and Russian, none empty', () => {
    expectSameKeysAndParameters(DISTRICT_DICTIONARIES, ['kk', 'ru']);
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(kazakhLettersInRussian(DISTRICT_DICTIONARIES)).toEqual([]);
  });

  it('fills parameters in both languages', () => {
    expect(districtBilingual('relayTo', { district: 'D05', count: 2 })).toEqual({
      kk: 'Аудан: D05; файлдар: 2',
      ru: 'Район: D05; файлов: 2',
    });
    expect(districtText('kk', 'tenge', { amount: '12 500' })).toBe('12 500 теңге');
  });
});
