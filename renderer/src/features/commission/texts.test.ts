import { describe, expect, it } from 'vitest';
import { COMMISSION_DICTIONARIES } from './texts';
import { COMMISSION_FORM_TEXTS } from '@shared/forms/commission-texts';
import { expectSameKeysAndParameters, kazakhLettersInRussian, type Dictionaries } from '@renderer/testing/dictionary-checks';

describe.each([
  ['commission screens', COMMISSION_DICTIONARIES as Dictionaries],
  ['commission forms', COMMISSION_FORM_TEXTS as Dictionaries],
])('%s dictionaries', (_name, dictionaries) => {
  it('have the same keys and the same {parameters} in Kazakh and Russian', () => {
    expectSameKeysAndParameters(dictionaries, ['ru']);
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(kazakhLettersInRussian(dictionaries)).toEqual([]);
  });
});
