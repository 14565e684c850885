import { describe, expect, it } from 'vitest';
import { SETTINGS_DICTIONARIES, settingsText, sizeText } from './settings-dictionary';

describe('settings dictionaries', () => {
  it('have the same keys and {parameters} in Kazakh and Russian, none empty', () => {
    const { kk, ru } = SETTINGS_DICTIONARIES;
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(kk) as Array<keyof typeof kk>) {
      expect(params(ru[key]), key).toEqual(params(kk[key]));
      expect(ru[key].trim(), key).not.toBe('');
      expect(kk[key].trim(), key).not.toBe('');
    }
  });

  it('keep Kazakh-only letters out of the Russian texts', () => {
    expect(Object.entries(SETTINGS_DICTIONARIES.ru).filter(([, text]) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text))).toEqual([]);
  });

  it('fill parameters and name sizes', () => {
    expect(settingsText('kk', 'restoreUnsynced', { events: 3, files: 1 })).toBe('Серверге әлі 3 оқиға және 1 файл жіберілмеген: қалпына келтірсеңіз, олар жоғалады.');
    expect(sizeText('ru', 3 * 1024 * 1024 + 512 * 1024)).toBe('3,5 МБ');
    expect(sizeText('kk', 200)).toBe('1 КБ');
  });
});
