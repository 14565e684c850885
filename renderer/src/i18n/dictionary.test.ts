import { describe, expect, it } from 'vitest';
import { expectSameKeysAndParameters, kazakhLettersInRussian } from '@renderer/testing/dictionary-checks';
import { DICTIONARIES } from './dictionary';

describe('screen dictionaries', () => {
  it('have the same keys and the same {parameters} in Kazakh and Russian', () => {
    expectSameKeysAndParameters(DICTIONARIES, ['ru']);
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(kazakhLettersInRussian(DICTIONARIES)).toEqual([]);
  });
});
