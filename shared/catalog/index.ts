// The catalog shipped with the app: every service act of the source texts,
// validated at load. A newer catalog published by the server replaces it.
import almaty2012 from './seed/alm-349-2012.json' with { type: 'json' };
import kostanay2015 from './seed/kst-565-2015.json' with { type: 'json' };
import kyzylorda2014 from './seed/kzo-590-2014.json' with { type: 'json' };
import zhambyl2007 from './seed/sko-zhambyl-352-2007.json' with { type: 'json' };
import tsaCertificateStandard from './seed/std-tsa-certificate.json' with { type: 'json' };
import { loadCatalog } from './load';
import type { CatalogEntry } from './schema';

export * from './load';
export * from './schema';
export * from './totals';
export * from './act-status';

export const BUNDLED_CATALOG_FILES: readonly unknown[] = [kyzylorda2014, kostanay2015, zhambyl2007, tsaCertificateStandard, almaty2012];

export const CATALOG: readonly CatalogEntry[] = loadCatalog([...BUNDLED_CATALOG_FILES]);

export function findEntry(id: string, catalog: readonly CatalogEntry[] = CATALOG): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}

/** The acts in a catalog, once each, in catalog order. */
export function actsOf(catalog: readonly CatalogEntry[] = CATALOG): CatalogEntry['act'][] {
  const seen = new Map<string, CatalogEntry['act']>();
  for (const e of catalog) if (!seen.has(e.act.id)) seen.set(e.act.id, e.act);
  return [...seen.values()];
}

/** Services an akimat office can accept: entries of its acts that have an akim channel. */
export function akimServices(actIds: readonly string[], catalog: readonly CatalogEntry[] = CATALOG): CatalogEntry[] {
  return catalog.filter((e) => actIds.includes(e.act.id) && e.channels.some((c) => c.channel === 'akim'));
}
