import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bilingual, SHELL_TEXTS } from './texts';

describe('shell texts', () => {
  it('has every text in Kazakh and Russian, non-empty', () => {
    expect(Object.keys(SHELL_TEXTS.ru).sort()).toEqual(Object.keys(SHELL_TEXTS.kk).sort());
    for (const language of ['kk', 'ru'] as const) for (const text of Object.values(SHELL_TEXTS[language])) expect(text.trim()).not.toBe('');
  });

  it('shows dialogs with Kazakh first, then Russian', () => {
    const text = bilingual('downgradeMessage', { dataVersion: '0.3.0', appVersion: '0.2.0' });
    expect(text.indexOf('Деректер қалтасын')).toBe(0);
    expect(text).toContain('Папку данных записала более новая версия программы (0.3.0)');
  });

  it('has the start-up notices in both languages', () => {
    const start = JSON.parse(readFileSync(new URL('./start-texts.json', import.meta.url), 'utf8')) as Record<
      'kk' | 'ru',
      Record<string, string>
    >;
    expect(Object.keys(start.ru).sort()).toEqual(Object.keys(start.kk).sort());
    expect(start.kk.startBrowserHost).toMatch(/[әғқңөұүһі]/);
  });
});
