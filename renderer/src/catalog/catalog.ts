// The service catalog the office works with (shared/catalog: every act,
// validated at load) and the choices made from it at setup.
import { CATALOG, akimServices, findEntry, type CatalogEntry } from '../../../shared/catalog';

export const ALL_ENTRIES: readonly CatalogEntry[] = CATALOG;

export interface ActChoice {
  id: string;
  region: string;
  number: string | null;
  date: string | null;
  issuer: { kk: string; ru: string };
  akimServices: number;
}

/** Acts that have at least one service with an akim channel: what an office can choose at setup. */
export function actsWithAkimServices(entries: readonly CatalogEntry[] = ALL_ENTRIES): ActChoice[] {
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
export function officeServices(actIds: readonly string[], entries: readonly CatalogEntry[] = ALL_ENTRIES): CatalogEntry[] {
  return akimServices(actIds, entries);
}

export function findCatalogEntry(id: string, entries: readonly CatalogEntry[] = ALL_ENTRIES): CatalogEntry | undefined {
  return findEntry(id, entries);
}
