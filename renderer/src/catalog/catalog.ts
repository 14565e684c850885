// The service catalog the office works with. The full catalog
// (shared/catalog/index.ts, CATALOG) is picked up when it exists; until then the
// test fixture stands in, so the screens can be built and tested.
import type { CatalogEntry } from '../../../shared/catalog/schema';
import { fixtureEntry } from '../../../shared/testing/fixture-entry';

type CatalogModule = { CATALOG?: CatalogEntry[] };
const found = import.meta.glob<CatalogModule>('../../../shared/catalog/index.ts', { eager: true });
const loaded = Object.values(found)[0]?.CATALOG;

export const ALL_ENTRIES: CatalogEntry[] = loaded && loaded.length > 0 ? loaded : [fixtureEntry];

export interface ActChoice {
  id: string;
  region: string;
  number: string | null;
  date: string | null;
  issuer: { kk: string; ru: string };
  akimServices: number;
}

/** Acts that have at least one service with an akim channel: what an office can choose at setup. */
export function actsWithAkimServices(entries = ALL_ENTRIES): ActChoice[] {
  const acts = new Map<string, ActChoice>();
  for (const e of entries) {
    if (!e.channels.some((c) => c.channel === 'akim')) continue;
    const act = acts.get(e.act.id) ?? { id: e.act.id, region: e.act.region, number: e.act.number, date: e.act.date, issuer: e.act.issuer, akimServices: 0 };
    act.akimServices++;
    acts.set(e.act.id, act);
  }
  return [...acts.values()];
}

/** The services of the office's acts that the akim accepts. */
export function officeServices(actIds: readonly string[], entries = ALL_ENTRIES): CatalogEntry[] {
  return entries.filter((e) => actIds.includes(e.act.id) && e.channels.some((c) => c.channel === 'akim'));
}

export function findCatalogEntry(id: string, entries = ALL_ENTRIES): CatalogEntry | undefined {
  return entries.find((e) => e.id === id);
}
