// Export of every table of this PC's database, Blobs (scans, photos, thumbnails)
// included, for a backup file or the Electron host's scheduled backups.
import type { AkimatDb } from '@renderer/db/schema';
import { sha256Hex } from '@renderer/db/attachments';
import { backupProgress } from './progress';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupBundle, type BlobRef, type DatabaseDump } from './format';

/** Replaces every Blob in a row (at any depth) with a reference, collecting its bytes by hash. */
/** `onRow` (the attachments table): called after each row, for the progress bar. */
async function detachBlobs(value: unknown, files: Map<string, Uint8Array>, onRow?: () => void): Promise<unknown> {
  if (Array.isArray(value) && onRow) {
    const out: unknown[] = [];
    for (const item of value) {
      out.push(await detachBlobs(item, files));
      onRow();
    }
    return out;
  }
  if (value instanceof Blob) {
    const data = new Uint8Array(await value.arrayBuffer());
    const sha256 = await sha256Hex(data);
    files.set(sha256, data);
    const ref: BlobRef = { $blob: sha256, type: value.type, size: data.byteLength };
    return ref;
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => detachBlobs(item, files)));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await detachBlobs(item, files);
    return out;
  }
  return value;
}

export async function exportDatabase(db: AkimatDb, appVersion: string, now = new Date()): Promise<BackupBundle> {
  // One read transaction: the export is a consistent picture even if the clerk keeps working.
  const snapshot = await db.transaction('r', db.tables, async () => {
    const out: Record<string, unknown[]> = {};
    // The statistics' day records are derived from the cases: the import writes them again.
    for (const table of db.tables) if (table.name !== 'statsDays') out[table.name] = await table.toArray();
    return out;
  });
  const files = new Map<string, Uint8Array>();
  const tables: Record<string, unknown[]> = {};
  // Each table, then each file (counted once known): "written n of m" for the settings screen.
  const names = Object.keys(snapshot);
  const fileRows = snapshot.attachments?.length ?? 0;
  const total = names.length + fileRows;
  let done = 0;
  backupProgress.set({ done, total });
  try {
    for (const name of names) {
      const onFile = name === 'attachments' ? () => backupProgress.set({ done: ++done, total }) : undefined;
      tables[name] = (await detachBlobs(snapshot[name], files, onFile)) as unknown[];
      backupProgress.set({ done: ++done, total });
    }
  } finally {
    backupProgress.set(null);
  }
  // Never the device's token (the host keeps it; an older row may still hold one): a restored PC enrolls again.
  tables.syncState = tables.syncState?.map((row) => withoutToken(row));
  const dump: DatabaseDump = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    dbVersion: db.verno,
    appVersion,
    createdAt: now.toISOString(),
    tables,
  };
  return {
    database: new TextEncoder().encode(JSON.stringify(dump)),
    attachments: [...files].map(([name, data]) => ({ name, data })),
  };
}

export function withoutToken(row: unknown): unknown {
  if (!row || typeof row !== 'object' || !('token' in row)) return row;
  const { token: _token, ...rest } = row as Record<string, unknown>;
  return rest;
}

/** A file name for a downloaded backup: office code and local date and time. */
export function backupFileName(officeCode: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `akimat-desk-${officeCode || 'office'}-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.akimat-backup`;
}
