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
// A calendar publication is a whole CalendarData table; the newest one is in force.
import { BUNDLED_CALENDAR, CalendarData } from '../calendar/calendar-data';
import { BUNDLED_CATALOG_FILES, CATALOG, CatalogError, loadCatalog, loadCatalogFile, type CatalogEntry } from '../catalog';

/** The name of the catalog shipped with the app (cases registered before any publication carry no version). */
export const BUNDLED_CATALOG_VERSION = 'bundled';

export interface CatalogVersion {
  version: string;
  files: readonly unknown[];
  entries: readonly CatalogEntry[];
}

export const BUNDLED_CATALOG_VERSION_DATA: CatalogVersion = { version: BUNDLED_CATALOG_VERSION, files: BUNDLED_CATALOG_FILES, entries: CATALOG };

/** Why a publication was not put in force, as codes and values; the renderer words it in kk/ru. */
export type PublicationProblem =
  | { code: 'catalogInvalid'; entryId: string; field: string; problem: string }
  | { code: 'calendarInvalid'; field: string; problem: string }
  | { code: 'versionMismatch'; declared: string }
  | { code: 'versionReused' };

export type CatalogStep = { ok: true; catalog: CatalogVersion } | { ok: false; problem: PublicationProblem };
export type CalendarStep = { ok: true; calendar: CalendarData } | { ok: false; problem: PublicationProblem };

const actIdOf = (file: unknown): unknown => (file as { act?: { id?: unknown } } | null)?.act?.id;

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The catalog after one published act file, or why it cannot be applied. */
export function applyCatalogPublication(previous: CatalogVersion, known: readonly CatalogVersion[], version: string, data: unknown): CatalogStep {
  if (known.some((k) => k.version === version) || version === BUNDLED_CATALOG_VERSION) return { ok: false, problem: { code: 'versionReused' } };
  try {
    const added = loadCatalogFile(data);
    const actId = added[0].act.id;
    const files = [...previous.files.filter((f) => actIdOf(f) !== actId), data];
    return { ok: true, catalog: { version, files, entries: loadCatalog(files) } };
  } catch (error) {
    if (error instanceof CatalogError) return { ok: false, problem: { code: 'catalogInvalid', entryId: error.entryId, field: error.field, problem: error.problem } };
    throw error;
  }
}

/** A published calendar table, or why it cannot be applied. */
export function applyCalendarPublication(known: readonly CalendarData[], version: string, data: unknown): CalendarStep {
  const parsed = CalendarData.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { code: 'calendarInvalid', field: issue.path.join('.') || '(calendar)', problem: issue.message } };
  }
  if (parsed.data.version !== version) return { ok: false, problem: { code: 'versionMismatch', declared: parsed.data.version } };
  const same = [BUNDLED_CALENDAR, ...known].find((k) => k.version === version);
  if (same && !sameData(same, parsed.data)) return { ok: false, problem: { code: 'versionReused' } };
  return { ok: true, calendar: parsed.data };
}

export interface StoredPublication {
  serverSeq: number;
  kind: 'catalog' | 'calendar';
  version: string;
  data: unknown;
}

export interface VersionsInForce {
  /** Every catalog version, oldest first; the last is in force for new applications. */
  catalogs: CatalogVersion[];
  /** Every calendar version, oldest first; the last is in force for new registrations. */
  calendars: CalendarData[];
}

/** Rebuilds the versions from publications already accepted, in server order. */
export function versionsFrom(accepted: readonly StoredPublication[]): VersionsInForce {
  const catalogs: CatalogVersion[] = [BUNDLED_CATALOG_VERSION_DATA];
  const calendars: CalendarData[] = [BUNDLED_CALENDAR];
  for (const p of [...accepted].sort((a, b) => a.serverSeq - b.serverSeq)) {
    if (p.kind === 'catalog') {
      const step = applyCatalogPublication(catalogs[catalogs.length - 1], catalogs, p.version, p.data);
      if (step.ok) catalogs.push(step.catalog);
    } else {
      const step = applyCalendarPublication(calendars.slice(1), p.version, p.data);
      if (step.ok) calendars.push(step.calendar);
    }
  }
  return { catalogs, calendars };
}

/** Checks one new publication against the versions in force and returns them with it applied, or the problem. */
export function acceptPublication(versions: VersionsInForce, p: StoredPublication): { ok: true; versions: VersionsInForce } | { ok: false; problem: PublicationProblem } {
  if (p.kind === 'catalog') {
    const step = applyCatalogPublication(versions.catalogs[versions.catalogs.length - 1], versions.catalogs, p.version, p.data);
    return step.ok ? { ok: true, versions: { ...versions, catalogs: [...versions.catalogs, step.catalog] } } : step;
  }
  const step = applyCalendarPublication(versions.calendars.slice(1), p.version, p.data);
  return step.ok ? { ok: true, versions: { ...versions, calendars: [...versions.calendars, step.calendar] } } : step;
}
