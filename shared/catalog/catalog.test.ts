import { describe, expect, it } from 'vitest';
import { CATALOG, CatalogError, actsOf, akimServices, findEntry, loadCatalog, loadCatalogFile } from './index';
import kyzylorda2014 from './seed/kzo-590-2014.json';

describe('the bundled catalog', () => {
  it('holds all 35 service acts of the five seeds, each passing the schema', () => {
    expect(CATALOG).toHaveLength(35);
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(35);
    expect(actsOf().map((a) => a.seed)).toEqual(['000', '001', '002', '003', '004']);
    const perSeed = Object.fromEntries(actsOf().map((a) => [a.seed, CATALOG.filter((e) => e.act.id === a.id).length]));
    expect(perSeed).toEqual({ '000': 19, '001': 7, '002': 1, '003': 1, '004': 7 });
  });

  it('keys the same service by the same slug across regions', () => {
    const regionsOf = (service: string) =>
      CATALOG.filter((e) => e.service === service)
        .map((e) => e.act.region)
        .sort();
    expect(regionsOf('child-benefit-under-18')).toEqual(['almaty', 'kostanay', 'kyzylorda']);
    expect(regionsOf('targeted-social-assistance')).toEqual(['kostanay', 'kyzylorda']);
    expect(regionsOf('asp-recipient-certificate')).toEqual(['almaty', 'kostanay', 'kyzylorda', 'republic']);
    expect(regionsOf('local-social-assistance')).toEqual(['almaty', 'kostanay', 'kyzylorda']);
    expect(regionsOf('fuel-aid-rural-social-specialists')).toEqual(['kostanay', 'kyzylorda']);
  });

  it('lists the akim services of an office acts only', () => {
    const services = akimServices(['kzo-590-2014'])
      .map((e) => e.service)
      .sort();
    expect(services).toEqual([
      'asp-recipient-certificate',
      'child-benefit-under-18',
      'fuel-aid-rural-social-specialists',
      'local-social-assistance',
      'targeted-social-assistance',
    ]);
    expect(findEntry('kzo-590-2014/child-benefit-under-18')?.consentAtAkim).toBe(true);
    expect(findEntry('nope/nothing')).toBeUndefined();
  });

  it('every entry has a Kazakh and a Russian title', () => {
    for (const e of CATALOG) {
      expect(e.title.kk, e.id).toMatch(/\S/);
      expect(e.title.ru, e.id).not.toMatch(/[әғқңөұүһі]/i);
    }
  });
});

/** The fields of a seed entry that these tests break. */
interface BreakableEntry {
  title: { kk: string; ru?: string };
  channels: { steps: { actor: string; branches?: string[]; duration: { amount: number } }[] }[];
}

describe('rejecting a broken entry', () => {
  const broken = (mutate: (entry: BreakableEntry) => void) => {
    const file = structuredClone(kyzylorda2014) as unknown as { act: unknown; entries: BreakableEntry[] };
    mutate(file.entries[5]);
    return () => loadCatalogFile(file);
  };

  it('names the entry and the field of a negative duration', () => {
    const load = broken((e) => (e.channels[1].steps[2].duration.amount = -2));
    expect(load).toThrow(CatalogError);
    expect(load).toThrow(/kzo-590-2014\/child-benefit-under-18.*channels\[1\]\.steps\[2\]\.duration\.amount/);
  });

  it('names an unknown actor', () => {
    expect(broken((e) => (e.channels[0].steps[1].actor = 'janitor'))).toThrow(/child-benefit-under-18.*actor/);
  });

  it('names a step in an undeclared branch', () => {
    expect(broken((e) => (e.channels[0].steps[1].branches = ['nowhere']))).toThrow(/unknown branch "nowhere"/);
  });

  it('names a missing Russian title', () => {
    expect(broken((e) => delete e.title.ru)).toThrow(/child-benefit-under-18.*title\.ru/);
  });

  it('refuses the same entry twice', () => {
    expect(() => loadCatalog([kyzylorda2014, kyzylorda2014])).toThrow(/same id appears twice/);
  });

  it('refuses a file without an act', () => {
    expect(() => loadCatalogFile({ entries: [{}] })).toThrow(/field "act"/);
  });
});
