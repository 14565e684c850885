// Catalog and calendar versions published by the sync server's administrator,
// checked again on the device before they are put in force. Pure: the renderer
// stores the verdicts (renderer/src/catalog/published.ts).
//
// A catalog publication is one act file (what `npm run admin -- publish:catalog`
// sends): it replaces the file of the same act, or adds a new act. Each version
// is the whole list of act files in force after it, validated with loadCatalog,
// so a version can always be rebuilt and its entries found by id. Versions are
// immutable: a version name already in force with other data is refused, which
// keeps "entry id + catalog version" a stable key for old cases.
// A calendar publication is a whole CalendarData table, a thresholds publication
// a whole income ThresholdTable (commission); the newest one of each is in force.
import type { z } from 'zod';
import { BUNDLED_CALENDAR, CalendarData } from '../calendar/calendar-data';
import { BUNDLED_CATALOG_FILES, CATALOG, CatalogError, loadCatalog, loadCatalogFile, type CatalogEntry } from '../catalog';
import { BUNDLED_THRESHOLDS, ThresholdTable } from '../commission/thresholds';
import type { PublicationKind } from './protocol';

/** The name of the catalog shipped with the app (cases registered before any publication carry no version). */
export const BUNDLED_CATALOG_VERSION = 'bundled';

export interface CatalogVersion {
  version: string;
  files: readonly unknown[];
  entries: readonly CatalogEntry[];
}

export const BUNDLED_CATALOG_VERSION_DATA: CatalogVersion = {
  version: BUNDLED_CATALOG_VERSION,
  files: BUNDLED_CATALOG_FILES,
  entries: CATALOG,
};

/** Why a publication was not put in force, as codes and values; the renderer words it in kk/ru. */
export type PublicationProblem =
  | { code: 'catalogInvalid'; entryId: string; field: string; problem: string }
  | { code: 'fieldInvalid'; field: string; problem: string }
  | { code: 'versionMismatch'; declared: string }
  | { code: 'versionReused' };

export type CatalogStep = { ok: true; catalog: CatalogVersion } | { ok: false; problem: PublicationProblem };
type TableStep<T> = { ok: true; table: T } | { ok: false; problem: PublicationProblem };

const actIdOf = (file: unknown): unknown => (file as { act?: { id?: unknown } } | null)?.act?.id;

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The catalog after one published act file, or why it cannot be applied. */
export function applyCatalogPublication(
  previous: CatalogVersion,
  known: readonly CatalogVersion[],
  version: string,
  data: unknown,
): CatalogStep {
  if (known.some((k) => k.version === version) || version === BUNDLED_CATALOG_VERSION)
    return { ok: false, problem: { code: 'versionReused' } };
  try {
    const added = loadCatalogFile(data);
    const actId = added[0].act.id;
    const files = [...previous.files.filter((f) => actIdOf(f) !== actId), data];
    return { ok: true, catalog: { version, files, entries: loadCatalog(files) } };
  } catch (error) {
    if (error instanceof CatalogError)
      return { ok: false, problem: { code: 'catalogInvalid', entryId: error.entryId, field: error.field, problem: error.problem } };
    throw error;
  }
}

/**
 * A published whole table (calendar, thresholds), or why it cannot be applied:
 * valid under its schema, the same version inside as announced, and a version
 * name already known (the bundled one included) only with the same content.
 */
function applyTablePublication<T extends { version: string }>(
  schema: z.ZodType<T>,
  bundled: T,
  known: readonly T[],
  version: string,
  data: unknown,
): TableStep<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { code: 'fieldInvalid', field: issue.path.join('.') || '(file)', problem: issue.message } };
  }
  if (parsed.data.version !== version) return { ok: false, problem: { code: 'versionMismatch', declared: parsed.data.version } };
  const same = [bundled, ...known].find((k) => k.version === version);
  if (same && !sameData(same, parsed.data)) return { ok: false, problem: { code: 'versionReused' } };
  return { ok: true, table: parsed.data };
}

/** A published calendar table, or why it cannot be applied. */
export const applyCalendarPublication = (known: readonly CalendarData[], version: string, data: unknown) =>
  applyTablePublication(CalendarData, BUNDLED_CALENDAR, known, version, data);

/** A published income threshold table, or why it cannot be applied. */
export const applyThresholdsPublication = (known: readonly ThresholdTable[], version: string, data: unknown) =>
  applyTablePublication(ThresholdTable, BUNDLED_THRESHOLDS, known, version, data);

export interface StoredPublication {
  serverSeq: number;
  kind: PublicationKind;
  version: string;
  data: unknown;
}

export interface VersionsInForce {
  /** Every catalog version, oldest first; the last is in force for new applications. */
  catalogs: CatalogVersion[];
  /** Every calendar version, oldest first; the last is in force for new registrations. */
  calendars: CalendarData[];
  /** Every income threshold table, oldest first; the last is the one the commission compares with. */
  thresholds: ThresholdTable[];
}

const BUNDLED_VERSIONS: VersionsInForce = {
  catalogs: [BUNDLED_CATALOG_VERSION_DATA],
  calendars: [BUNDLED_CALENDAR],
  thresholds: [BUNDLED_THRESHOLDS],
};

/** Checks one new publication against the versions in force and returns them with it applied, or the problem. */
export function acceptPublication(
  versions: VersionsInForce,
  p: StoredPublication,
): { ok: true; versions: VersionsInForce } | { ok: false; problem: PublicationProblem } {
  if (p.kind === 'catalog') {
    const step = applyCatalogPublication(versions.catalogs[versions.catalogs.length - 1], versions.catalogs, p.version, p.data);
    return step.ok ? { ok: true, versions: { ...versions, catalogs: [...versions.catalogs, step.catalog] } } : step;
  }
  if (p.kind === 'calendar') {
    const step = applyCalendarPublication(versions.calendars.slice(1), p.version, p.data);
    return step.ok ? { ok: true, versions: { ...versions, calendars: [...versions.calendars, step.table] } } : step;
  }
  const step = applyThresholdsPublication(versions.thresholds.slice(1), p.version, p.data);
  return step.ok ? { ok: true, versions: { ...versions, thresholds: [...versions.thresholds, step.table] } } : step;
}

/** Rebuilds the versions from publications already accepted, in server order. */
export function versionsFrom(accepted: readonly StoredPublication[]): VersionsInForce {
  let versions = BUNDLED_VERSIONS;
  for (const p of [...accepted].sort((a, b) => a.serverSeq - b.serverSeq)) {
    const step = acceptPublication(versions, p);
    if (step.ok) versions = step.versions;
  }
  return versions;
}
