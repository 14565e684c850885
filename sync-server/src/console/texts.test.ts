// One catalogue for the console page: Kazakh and Russian have the same keys, none
// empty, the same {placeholders}, and the page asks for no text the catalogue lacks.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONSOLE_TEXTS } from './texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const PUBLIC = new URL('./public/', import.meta.url);

describe('console texts', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const { kk, ru } = CONSOLE_TEXTS;
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
    for (const key of Object.keys(kk) as (keyof typeof kk)[]) {
      expect(kk[key].trim(), `kk.${key}`).not.toBe('');
      expect(ru[key].trim(), `ru.${key}`).not.toBe('');
      expect(placeholders(ru[key]), key).toEqual(placeholders(kk[key]));
    }
  });

  it('differs between the languages where a word differs', () => {
    expect(CONSOLE_TEXTS.kk.signIn).not.toBe(CONSOLE_TEXTS.ru.signIn);
    expect(CONSOLE_TEXTS.kk.revoke).not.toBe(CONSOLE_TEXTS.ru.revoke);
  });

  it('covers every text the page asks for', () => {
    const used = new Set<string>();
    for (const file of readdirSync(PUBLIC).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(new URL(file, PUBLIC), 'utf8');
      for (const m of source.matchAll(/\bt\('(\w+)'/g)) used.add(m[1]);
      for (const m of source.matchAll(/title: '(\w+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in CONSOLE_TEXTS.kk))).toEqual([]);
    // Keys built at run time: the publication kinds and the API's error codes.
    for (const key of [
      'kindCatalog',
      'kindCalendar',
      'kindThresholds',
      'badCredentials',
      'locked',
      'tooManyAttempts',
      'csrf',
      'outOfScope',
      'signedOut',
    ])
      expect(CONSOLE_TEXTS.kk).toHaveProperty(key);
  });
});
