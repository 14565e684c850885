// The service list: acts in force first, "repealed on …" beside a repealed act's
// service (the date alone in Russian: the repealing act is named in Kazakh only),
// two entries of one service name their acts; fuel aid's relay routes.
import { describe, expect, it } from 'vitest';
import { CATALOG, findEntry } from '@shared/catalog';
import { actStatus, sortEntriesInForceFirst } from '@shared/catalog/act-status';
import { actNote, serviceLabel } from '@renderer/catalog/act-note';
import { registeredRoute, relayRoutes } from '@renderer/features/relay/commands';

const ON = '2026-12-01';
const CYRILLIC_KK = /[әғқңөұүһі]/i;

describe('acts in the service list', () => {
  it('every bundled act is repealed and says so with its date, in Kazakh and (without Kazakh words) in Russian', () => {
    for (const entry of CATALOG) {
      expect(actStatus(entry.act, ON)).toBe('repealed');
      expect(actNote(entry.act, 'kk', ON)).toContain('күшін жойған');
      const ru = actNote(entry.act, 'ru', ON);
      expect(ru).toContain('утратил силу');
      expect(ru).not.toMatch(CYRILLIC_KK);
    }
  });

  it('sorts an act in force before the repealed seeds', () => {
    const seed = findEntry('kzo-590-2014/child-benefit-under-18')!;
    const current = {
      ...seed,
      id: 'new-2026/child-benefit',
      act: { ...seed.act, id: 'new-2026', status: 'inForce' as const, effectiveTo: null, repealedBy: null },
    };
    expect(sortEntriesInForceFirst([seed, current], ON).map((e) => e.id)).toEqual(['new-2026/child-benefit', seed.id]);
    // Two child benefits in one list say which act each comes from; alone, the title is enough.
    expect(serviceLabel(seed, [seed], 'kk')).toBe(seed.title.kk);
    expect(serviceLabel(seed, [seed, current], 'ru')).toContain(seed.act.issuer.ru);
  });
});

describe('fuel aid relay routes', () => {
  it('offers the district (provider) or the Centre where the act allows both, defaulting to the registered branch', () => {
    const fuel = findEntry('kzo-590-2014/fuel-aid-rural-social-specialists')!;
    expect(relayRoutes(fuel)).toEqual(['district', 'centre']);
    expect(relayRoutes(findEntry('kzo-590-2014/child-benefit-under-18'))).toEqual([]);
    expect(registeredRoute({ registered: { branch: 'via-centre' } } as never)).toBe('centre');
    expect(registeredRoute({ registered: { branch: 'via-provider' } } as never)).toBe('district');
  });
});
