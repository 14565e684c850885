import { describe, expect, it } from 'vitest';
import { CHANNELS, MILESTONES, ACTORS, RESULT_KINDS } from '../catalog/schema';
import { EVENT_TYPES } from '../case/events';
import * as commissionNames from './commission';
import * as domainNames from './domain';

const domain = { ...domainNames, ...commissionNames };
import { interpolate, translator } from './translate';

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

describe('domain names', () => {
  const tables = Object.entries(domain).filter(([, v]) => typeof v === 'object') as [string, Record<string, { kk: string; ru: string }>][];
  it.each(tables)('%s has both languages, non-empty, Russian free of Kazakh letters', (_, table) => {
    for (const [key, value] of Object.entries(table)) {
      expect(value.kk.trim(), key).not.toBe('');
      expect(value.ru.trim(), key).not.toBe('');
      expect(value.ru, `${key}: ${value.ru}`).not.toMatch(KAZAKH_ONLY);
    }
  });
  it('names every actor, channel, milestone, result and event type', () => {
    expect(Object.keys(domain.ACTOR_NAMES).sort()).toEqual([...ACTORS].sort());
    expect(Object.keys(domain.CHANNEL_NAMES).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(domain.MILESTONE_NAMES).sort()).toEqual([...MILESTONES].sort());
    expect(Object.keys(domain.RESULT_NAMES).sort()).toEqual([...RESULT_KINDS].sort());
    expect(Object.keys(domain.EVENT_NAMES).sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(domain.FORM_NAMES)).toHaveLength(18);
  });
});

describe('translate', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(interpolate('{n} іс', { n: 3 })).toBe('3 іс');
    expect(interpolate('{n} іс {m}', { n: 3 })).toBe('3 іс {m}');
  });
  it('picks the language', () => {
    const t = translator({ kk: { hello: 'Сәлем, {name}' }, ru: { hello: 'Здравствуйте, {name}' } });
    expect(t('kk', 'hello', { name: 'Әлия' })).toBe('Сәлем, Әлия');
    expect(t('ru', 'hello', { name: 'Алия' })).toBe('Здравствуйте, Алия');
  });
});
