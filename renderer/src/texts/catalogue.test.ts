import { describe, expect, it } from 'vitest';
import { COMMISSION_FORM_TEXTS } from '@shared/forms/commission-texts';
import { expectSameKeysAndParameters, flatten, kazakhLettersInRussian } from '@renderer/testing/dictionary-checks';
import { bilingual, CATALOGUES, kk, ru, textOf, translate, translatorFor } from '.';

describe('the text catalogue', () => {
  it('has the same keys and {parameters} in Kazakh and Russian, none blank', () => {
    expectSameKeysAndParameters(CATALOGUES, ['kk', 'ru']);
  });

  it('keeps Kazakh-only letters out of the Russian texts', () => {
    expect(kazakhLettersInRussian(CATALOGUES)).toEqual([]);
  });

  it('says each thing once: no two keys with the same text in both languages', () => {
    const kkFlat = flatten(kk);
    const ruFlat = flatten(ru);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const key of Object.keys(kkFlat)) {
      const both = JSON.stringify([kkFlat[key], ruFlat[key]]);
      const first = seen.get(both);
      if (first) twice.push(`${first} = ${key}`);
      else seen.set(both, key);
    }
    expect(twice).toEqual([]);
  });

  it('keeps the printed commission forms’ texts paired too', () => {
    expectSameKeysAndParameters(COMMISSION_FORM_TEXTS, ['ru']);
    expect(kazakhLettersInRussian(COMMISSION_FORM_TEXTS)).toEqual([]);
  });
});

describe('translate', () => {
  it('fills {parameters} in the chosen language', () => {
    expect(translate('kk', 'commission.sessionTitle', { number: 4 })).toBe('Комиссия отырысы № 4');
    expect(translate('ru', 'commission.sessionTitle', { number: 4 })).toBe('Заседание комиссии № 4');
    expect(translate('ru', 'common.loading')).toBe('Загрузка…');
  });

  it('gives both languages for messages kept for later', () => {
    expect(bilingual('handover.relayTo', { district: 'D05', count: 2 })).toEqual({
      kk: 'Аудан: D05; файлдар: 2',
      ru: 'Район: D05; файлов: 2',
    });
  });

  it('chooses the Russian plural form by count (1, 2, 5, 21)', () => {
    const say = (count: number) =>
      translate('ru', 'sync.enrollOfficeMismatch', { serverOffice: 'A', localOffice: 'B', count }).match(/зарегистрировал (\d+ \S+)/)?.[1];
    expect([1, 2, 5, 21, 11, 22, 0].map(say)).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '21 событие',
      '11 событий',
      '22 события',
      '0 событий',
    ]);
    // Kazakh does not inflect after a numeral: one text for every count.
    expect(translate('kk', 'sync.enrollOfficeMismatch', { serverOffice: 'A', localOffice: 'B', count: 2 })).toContain('2 оқиға');
  });

  it('counts files, events and cases in Russian forms (1, 2, 5, 21)', () => {
    const forms = (key: 'common.files' | 'common.events' | 'common.cases') => [1, 2, 5, 21].map((count) => translate('ru', key, { count }));
    expect(forms('common.files')).toEqual(['1 файл', '2 файла', '5 файлов', '21 файл']);
    expect(forms('common.events')).toEqual(['1 событие', '2 события', '5 событий', '21 событие']);
    expect(forms('common.cases')).toEqual(['1 дело', '2 дела', '5 дел', '21 дело']);
    expect(translate('kk', 'common.files', { count: 21 })).toBe('21 файл');
  });

  it('falls back: a missing parameter stays visible, a plural without count takes "other", an unknown key shows itself', () => {
    const loose = translate as (lang: 'kk' | 'ru', key: string, params?: Record<string, string | number>) => string;
    expect(loose('ru', 'commission.sessionTitle')).toBe('Заседание комиссии № {number}');
    expect(loose('ru', 'sync.enrollOfficeMismatch', { serverOffice: 'A', localOffice: 'B' })).toContain('{count} события');
    expect(loose('ru', 'sync.enrollOfficeMismatch', { serverOffice: 'A', localOffice: 'B', count: 'много' })).toContain('много события');
    expect(loose('kk', 'nowhere.toBeFound')).toBe('nowhere.toBeFound');
    expect(loose('ru', 'common')).toBe('common');
    expect(textOf('ru', 'common.loading')).toBe('Загрузка…');
  });

  it('falls back to the Kazakh text when a language lacks a key', () => {
    const catalogues = CATALOGUES as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const kept = catalogues.ru.common.loading;
    delete catalogues.ru.common.loading;
    try {
      expect(translate('ru', 'common.loading')).toBe('Жүктелуде…');
    } finally {
      catalogues.ru.common.loading = kept;
    }
  });

  it('is what useLanguage hands to the screens, one language bound', () => {
    const t = translatorFor('ru');
    expect(t('staff.userAdded', { name: 'Ахметова' })).toBe('Сотрудник добавлен: Ахметова');
  });

  it('checks keys and parameters at compile time', () => {
    const t = translatorFor('kk');
    // @ts-expect-error an unknown key
    t('commission.noSuchKey');
    // @ts-expect-error a parameter missing
    t('commission.sessionTitle', {});
    // @ts-expect-error parameters for a text without any
    t('common.loading', { x: 1 });
    // @ts-expect-error a misspelt parameter
    t('staff.userAdded', { nmae: 'x' });
    expect(t('common.loading')).toBe('Жүктелуде…');
  });
});
