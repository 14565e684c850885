// Restoring a backup: the whole file is checked first (format and version, every
// case event through validateEvent, every file against its SHA-256, the rows that
// point at events and files), and only then does one transaction replace the
// tables. A refused file leaves the current data exactly as it was.
import { type CaseEvent, validateEvent } from '@shared/case';
import type { AkimatDb, AttachmentRow, CaseSummary, MetaRow } from '@renderer/db/schema';
import { markStatsDaysBuilt, putFacts, summaryHasFacts } from '@renderer/db/stats-days';
import { sha256Hex } from '@renderer/db/attachments';
import { withoutToken } from './export';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, isBlobRef, type BackupBundle, type DatabaseDump } from './format';
import { withSearchFields } from '@renderer/db/search-index';

export type ImportProblem =
  | { kind: 'notBackup' }
  | { kind: 'newer'; formatVersion: number; dbVersion: number }
  | { kind: 'corrupted'; what: string }
  | { kind: 'failed'; detail: string };

export type ImportOutcome = { ok: true; cases: number; events: number; files: number } | { ok: false; problem: ImportProblem };

class Refusal extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.kind);
  }
}
const corrupted = (what: string) => new Refusal({ kind: 'corrupted', what });

function parseDump(bytes: Uint8Array): DatabaseDump {
  let dump: unknown;
  try {
    dump = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal({ kind: 'notBackup' });
  }
  const d = dump as Partial<DatabaseDump> | null;
  if (!d || d.format !== BACKUP_FORMAT || !Number.isInteger(d.formatVersion) || !Number.isInteger(d.dbVersion))
    throw new Refusal({ kind: 'notBackup' });
  return d as DatabaseDump;
}

/** Puts Blobs back where the export left references, checking each reference has its file. */
function attachBlobs(value: unknown, files: Map<string, { data: Uint8Array }>): unknown {
  if (isBlobRef(value)) {
    const file = files.get(value.$blob);
    if (!file || file.data.byteLength !== value.size) throw corrupted(`file ${value.$blob}`);
    return new Blob([file.data as BlobPart], { type: value.type });
  }
  if (Array.isArray(value)) return value.map((item) => attachBlobs(item, files));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, attachBlobs(v, files)]));
  return value;
}

/** Checks the whole backup and gives back the rows to write, or throws a Refusal. */
export async function checkBackup(db: AkimatDb, bundle: BackupBundle): Promise<Record<string, unknown[]>> {
  const dump = parseDump(bundle.database);
  if (dump.formatVersion > BACKUP_FORMAT_VERSION || dump.dbVersion > db.verno)
    throw new Refusal({ kind: 'newer', formatVersion: dump.formatVersion, dbVersion: dump.dbVersion });
  if (!dump.tables || typeof dump.tables !== 'object') throw new Refusal({ kind: 'notBackup' });
  const known = new Set(db.tables.map((t) => t.name));
  for (const [name, rows] of Object.entries(dump.tables)) {
    if (!known.has(name)) throw corrupted(`table ${name}`);
    if (!Array.isArray(rows)) throw corrupted(`table ${name}`);
  }

  // Every file must be what its name (its SHA-256) says.
  const files = new Map<string, { data: Uint8Array }>();
  for (const file of bundle.attachments) {
    if ((await sha256Hex(file.data)) !== file.name) throw corrupted(`file ${file.name}`);
    files.set(file.name, file);
  }

  const rows: Record<string, unknown[]> = {};
  for (const name of known) rows[name] = ((dump.tables[name] ?? []) as unknown[]).map((row) => attachBlobs(row, files));
  // The enrollment is never restored (nor a plain token of an old backup): the restored PC enrolls again.
  // Derived from the cases, never taken from a file: written again after the import.
  rows.statsDays = [];
  rows.syncState = (rows.syncState ?? []).filter((row) => (row as { key?: string })?.key !== 'device').map(withoutToken);

  const eventIds = new Set<string>();
  const caseIds = new Set<string>();
  for (const raw of rows.events) {
    const checked = validateEvent(raw);
    if (!checked.ok) throw corrupted(`event ${(raw as { id?: string })?.id ?? '?'}: ${checked.field}`);
    if (eventIds.has(checked.event.id)) throw corrupted(`event ${checked.event.id} twice`);
    eventIds.add(checked.event.id);
    caseIds.add(checked.event.caseId);
  }
  for (const row of rows.outbox as { eventId?: string }[])
    if (!row || !eventIds.has(row.eventId ?? '')) throw corrupted(`outbox ${row?.eventId ?? '?'}`);
  for (const row of rows.cases as { id?: string }[]) if (!row || !caseIds.has(row.id ?? '')) throw corrupted(`case ${row?.id ?? '?'}`);
  // An attachment's bytes were hashed above under the file's name; the row must name the same hash.
  for (const [i, raw] of (dump.tables.attachments ?? []).entries()) {
    const row = raw as Partial<AttachmentRow> & { blob?: unknown };
    if (!isBlobRef(row.blob) || row.blob.$blob !== row.sha256 || row.id !== `${row.caseId}:${row.sha256}`)
      throw corrupted(`attachment ${row.id ?? i}`);
  }
  // A backup from before schema version 5 has case rows without their search fields.
  rows.cases = withSearchFields(rows.cases, rows.events as CaseEvent[]);
  return rows;
}

/** Counters only go up: an older backup must not hand out registration or event numbers already used. */
function mergeCounters(restored: MetaRow[], current: MetaRow[]): MetaRow[] {
  const merged = new Map(restored.map((row) => [row.key, row.value]));
  for (const row of current) merged.set(row.key, Math.max(row.value, merged.get(row.key) ?? 0));
  return [...merged].map(([key, value]) => ({ key, value }));
}

/** The statistics' day records of the restored cases; a summary from before the statistics is folded again on the screen's first open. */
async function rebuildStatsDays(db: AkimatDb, cases: CaseSummary[]): Promise<void> {
  await putFacts(db, cases);
  await markStatsDaysBuilt(db, cases.every(summaryHasFacts));
}

/** Replaces every table with the backup's rows, or refuses and changes nothing. */
export async function importBackup(db: AkimatDb, bundle: BackupBundle): Promise<ImportOutcome> {
  let rows: Record<string, unknown[]>;
  try {
    rows = await checkBackup(db, bundle);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    return { ok: false, problem: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
  try {
    await db.transaction('rw', db.tables, async () => {
      const currentMeta = await db.meta.toArray();
      for (const table of db.tables) {
        await table.clear();
        const next = table.name === 'meta' ? mergeCounters(rows.meta as MetaRow[], currentMeta) : rows[table.name];
        if (next.length) await table.bulkAdd(next);
      }
      await rebuildStatsDays(db, rows.cases as CaseSummary[]);
    });
  } catch (error) {
    // The transaction was rolled back: the data is as it was.
    return { ok: false, problem: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
  return {
    ok: true,
    cases: rows.cases.length,
    events: rows.events.length,
    files: new Set((rows.attachments as AttachmentRow[]).map((a) => a.sha256)).size,
  };
}
