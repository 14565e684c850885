import { describe, expect, it } from 'vitest';
import { expectSameKeysAndParameters, kazakhLettersInRussian } from '@renderer/testing/dictionary-checks';
import { SETTINGS_DICTIONARIES, settingsText, sizeText } from './texts';

describe('settings dictionaries', () => {
  it('have the same keys and {parameters} in Kazakh and Russian, none empty', () => {
    expectSameKeysAndParameters(SETTINGS_DICTIONARIES, ['kk', 'ru']);
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(kazakhLettersInRussian(SETTINGS_DICTIONARIES)).toEqual([]);
  });

  it('fill parameters and name sizes', () => {
    expect(settingsText('kk', 'restoreUnsynced', { events: 3, files: 1 })).toBe(
      'Серверге әлі 3 оқиға және 1 файл жіберілмеген: қалпына келтірсеңіз, олар жоғалады.',
    );
    expect(sizeText('ru', 3 * 1024 * 1024 + 512 * 1024)).toBe('3,5 МБ');
    expect(sizeText('kk', 200)).toBe('1 КБ');
  });
});
