// The service catalog the office works with and the choices made from it at
// setup. The catalog in force is the newest version: the bundled one
// (shared/catalog, validated at load) or a newer one published by the sync
// server (./published.ts). An existing case reads its entry from the version it
// was registered under (caseEntry).
import { akimServices, findEntry, type CatalogEntry } from '@shared/catalog';
import { BUNDLED_CATALOG_VERSION } from '@shared/sync/publications';
import { entriesOfVersion, findInAnyVersion, newestCatalog } from './published';

/** The entries of the catalog in force now. */
export const currentEntries = (): readonly CatalogEntry[] => newestCatalog().entries;

export interface ActChoice {
  id: string;
  region: string;
  number: string | null;
  date: string | null;
  issuer: { kk: string; ru: string };
  akimServices: number;
}

/** Acts that have at least one service with an akim channel: what an office can choose at setup. */
export function actsWithAkimServices(entries: readonly CatalogEntry[] = currentEntries()): ActChoice[] {
  const acts = new Map<string, ActChoice>();
  for (const e of entries) {
    if (!e.channels.some((c) => c.channel === 'akim')) continue;
    const act = acts.get(e.act.id) ?? {
      id: e.act.id,
      region: e.act.region,
      number: e.act.number,
      date: e.act.date,
      issuer: e.act.issuer,
      akimServices: 0,
    };
    act.akimServices++;
    acts.set(e.act.id, act);
  }
  return [...acts.values()];
}

/** The services of the office's acts that the akim accepts, from the catalog in force (new applications). */
export function officeServices(actIds: readonly string[], entries: readonly CatalogEntry[] = currentEntries()): CatalogEntry[] {
  return akimServices(actIds, entries);
}

/** An entry by id: from `entries` when given, else the newest catalog version that has it. */
export function findCatalogEntry(id: string, entries?: readonly CatalogEntry[]): CatalogEntry | undefined {
  return entries ? findEntry(id, entries) : findInAnyVersion(id);
}

/** What caseEntry needs of a case: its entry id and the catalog version in its first event. */
export interface CaseCatalogRef {
  entryId: string;
  registered?: { catalogVersion?: string };
  refusal?: { catalogVersion?: string };
}

/**
 * The entry a case was registered under: a later publication that changes the
 * same entry id does not change an open case's page or its reprints. Cases
 * without a version came before any publication: the bundled catalog.
 */
export function caseEntry(c: CaseCatalogRef): CatalogEntry | undefined {
  const version = c.registered?.catalogVersion ?? c.refusal?.catalogVersion ?? BUNDLED_CATALOG_VERSION;
  const own = entriesOfVersion(version);
  return (own && findEntry(c.entryId, own)) ?? findInAnyVersion(c.entryId);
}
