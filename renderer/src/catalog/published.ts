// Catalog, calendar and income threshold versions pulled from the sync server. Each publication
// is kept in the `publications` table with its verdict: 'applied' ones make up
// the versions in force (rebuilt and validated again at start), a 'rejected'
// one keeps its kk/ru reason for the sync panel and changes nothing.
//
// Why whole versions and not just "the newest": a case keeps the catalog and
// calendar it was registered under. Its talon date and schedule are in its
// `registered` event already; its catalog entry (title, documents, results) is
// found by entry id in the catalog version the event names (catalogVersion;
// none = the bundled catalog), which stays retrievable because every accepted
// publication is kept and versions are immutable (shared/sync/publications.ts).
import type { CalendarData } from '@shared/calendar/calendar-data';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { ThresholdTable } from '@shared/commission/thresholds';
import type { Bilingual, Publication, PublicationKind } from '@shared/sync/protocol';
import { acceptPublication, versionsFrom, type PublicationProblem, type VersionsInForce } from '@shared/sync/publications';
import type { AkimatDb } from '@renderer/db/schema';
import { bilingual } from '@renderer/texts';

export interface PublicationRow {
  serverSeq: number;
  kind: PublicationKind;
  version: string;
  publishedAt: string;
  data: unknown;
  state: 'applied' | 'rejected';
  problem?: Bilingual;
}

let versions: VersionsInForce = versionsFrom([]);
const listeners = new Set<() => void>();

export function versionsInForce(): VersionsInForce {
  return versions;
}

export function subscribeVersions(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function install(next: VersionsInForce): void {
  versions = next;
  for (const l of listeners) l();
}

/** Reads the accepted publications of this PC and puts them in force (at start and after a pull). */
export async function loadPublishedVersions(db: AkimatDb): Promise<VersionsInForce> {
  const rows = await db.publications.toArray();
  install(versionsFrom(rows.filter((r) => r.state === 'applied')));
  return versions;
}

const REJECTED_HEAD = {
  catalog: 'sync.publicationCatalogRejected',
  calendar: 'sync.publicationCalendarRejected',
  thresholds: 'sync.publicationThresholdsRejected',
} as const satisfies Record<PublicationKind, string>;

export function problemText(kind: PublicationRow['kind'], version: string, problem: PublicationProblem): Bilingual {
  const head = bilingual(REJECTED_HEAD[kind], { version });
  const reason =
    problem.code === 'catalogInvalid'
      ? bilingual('sync.publicationEntryInvalid', { entryId: problem.entryId, field: problem.field, problem: problem.problem })
      : problem.code === 'fieldInvalid'
        ? bilingual('sync.publicationFieldInvalid', { field: problem.field, problem: problem.problem })
        : problem.code === 'versionMismatch'
          ? bilingual('sync.publicationVersionMismatch', { declared: problem.declared })
          : bilingual('sync.publicationVersionReused');
  return { kk: `${head.kk}: ${reason.kk}`, ru: `${head.ru}: ${reason.ru}` };
}

/**
 * Checks the publications of a pulled page in server order and records each
 * verdict; call inside the page's transaction (over db.publications). A page
 * applied twice changes nothing: rows already here are skipped.
 */
export async function recordPublications(db: AkimatDb, incoming: readonly Publication[]): Promise<{ applied: number; rejected: number }> {
  const table = db.publications;
  let current = versionsFrom((await table.toArray()).filter((r) => r.state === 'applied'));
  let applied = 0;
  let rejected = 0;
  for (const p of [...incoming].sort((a, b) => a.serverSeq - b.serverSeq)) {
    if (await table.get(p.serverSeq)) continue;
    const verdict = acceptPublication(current, p);
    const base = { serverSeq: p.serverSeq, kind: p.kind, version: p.version, publishedAt: p.publishedAt, data: p.data };
    if (verdict.ok) {
      current = verdict.versions;
      await table.put({ ...base, state: 'applied' });
      applied++;
    } else {
      await table.put({ ...base, state: 'rejected', problem: problemText(p.kind, p.version, verdict.problem) });
      rejected++;
    }
  }
  return { applied, rejected };
}

// ---- what screens and registration read ----

export const newestCatalog = () => versions.catalogs[versions.catalogs.length - 1];
export const newestCalendar = (): CalendarData => versions.calendars[versions.calendars.length - 1];
/** The income threshold table the commission compares with (the bundled one until a table is published). */
export const newestThresholds = (): ThresholdTable => versions.thresholds[versions.thresholds.length - 1];

/** The version an entry object belongs to (the newest one that holds it), for the registered event. */
export function catalogVersionOf(entry: CatalogEntry): string {
  for (let i = versions.catalogs.length - 1; i >= 0; i--)
    if (versions.catalogs[i].entries.includes(entry)) return versions.catalogs[i].version;
  return newestCatalog().version;
}

/** Entries of one catalog version; undefined when this PC does not know that version. */
export function entriesOfVersion(version: string): readonly CatalogEntry[] | undefined {
  return versions.catalogs.find((c) => c.version === version)?.entries;
}

/** An entry by id: the newest version that has it (an entry dropped later stays readable for its cases). */
export function findInAnyVersion(id: string): CatalogEntry | undefined {
  for (let i = versions.catalogs.length - 1; i >= 0; i--) {
    const entry = versions.catalogs[i].entries.find((e) => e.id === id);
    if (entry) return entry;
  }
  return undefined;
}

/** Publications not in force and not superseded by a later accepted one of the same kind: what the panel warns about. */
export function openRejections(rows: readonly PublicationRow[]): PublicationRow[] {
  const lastApplied = (kind: PublicationRow['kind']) =>
    Math.max(-1, ...rows.filter((r) => r.kind === kind && r.state === 'applied').map((r) => r.serverSeq));
  return rows.filter((r) => r.state === 'rejected' && r.serverSeq > lastApplied(r.kind)).sort((a, b) => a.serverSeq - b.serverSeq);
}
