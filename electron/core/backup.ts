// Local backups: the renderer hands over its database export and attachments;
// they are written to a folder (a USB drive, say) with a manifest of sha256
// hashes, written last, so a backup without a manifest is unfinished. Only the
// newest N are kept. A restore checks every hash before handing anything back.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import type { BackupInfo, BackupRequest, RestoreOutcome } from '../../shared/host/bridge';
import { APP_ID } from './data-folder';

export const MANIFEST_FILE = 'manifest.json';
export const DATABASE_FILE = 'database.bin';
const ID_PATTERN = /^akimat-backup-\d{8}T\d{6}Z(?:-\d+)?$/;

const manifestSchema = z.object({
  format: z.literal(1),
  appId: z.literal(APP_ID),
  appVersion: z.string(),
  createdAt: z.string(),
  files: z.array(
    z.object({
      path: z.string().min(1),
      /** The attachment's name as the renderer gave it; absent for the database. */
      name: z.string().optional(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;

export function isBackupId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A name safe on every file system (FAT32 USB drives included). */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 120);
  return cleaned || 'file';
}

function backupIdFor(createdAt: Date, taken: Set<string>): string {
  const stamp = createdAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  let id = `akimat-backup-${stamp}`;
  for (let n = 2; taken.has(id); n++) id = `akimat-backup-${stamp}-${n}`;
  return id;
}

function infoOf(folder: string, id: string, manifest: Manifest): BackupInfo {
  return {
    id,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    files: manifest.files.length,
    bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
    folder: join(folder, id),
  };
}

function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Finished backups in a folder, newest first. Unfinished or foreign folders are ignored. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const found: BackupInfo[] = [];
  for (const id of readdirSync(folder)) {
    if (!isBackupId(id)) continue;
    try {
      const manifest = readManifest(join(folder, id));
      if (manifest) found.push(infoOf(folder, id, manifest));
    } catch {
      // A damaged manifest: not offered for restore, left for the administrator.
    }
  }
  return found.sort((a, b) => (a.id < b.id ? 1 : -1));
}

export interface WriteBackupOptions {
  folder: string;
  appVersion: string;
  keep: number;
  now?: Date;
}

/** Writes one backup and removes the oldest beyond `keep`. Returns the backup and the removed ids. */
export function writeBackup(
  request: BackupRequest,
  { folder, appVersion, keep, now = new Date() }: WriteBackupOptions,
): { backup: BackupInfo; removed: string[] } {
  mkdirSync(folder, { recursive: true });
  const id = backupIdFor(now, new Set(readdirSync(folder).map((name) => name.replace(/\.partial$/, ''))));
  const partial = join(folder, `${id}.partial`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'attachments'), { recursive: true });
  try {
    const files: Manifest['files'] = [];
    writeFileSync(join(partial, DATABASE_FILE), request.database);
    files.push({ path: DATABASE_FILE, bytes: request.database.byteLength, sha256: sha256(request.database) });
    const used = new Set<string>();
    for (const attachment of request.attachments) {
      let fileName = safeFileName(attachment.name);
      for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = `${n}-${safeFileName(attachment.name)}`;
      used.add(fileName.toLowerCase());
      const path = `attachments/${fileName}`;
      writeFileSync(join(partial, path), attachment.data);
      files.push({ path, name: attachment.name, bytes: attachment.data.byteLength, sha256: sha256(attachment.data) });
    }
    const manifest: Manifest = { format: 1, appId: APP_ID, appVersion, createdAt: now.toISOString(), files };
    // The manifest goes last: its presence says the backup is complete.
    writeFileSync(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    renameSync(partial, join(folder, id));
    const removed = pruneBackups(folder, keep);
    return { backup: infoOf(folder, id, manifest), removed };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Keeps the newest `keep` finished backups; returns the ids it removed. */
export function pruneBackups(folder: string, keep: number): string[] {
  const old = listBackups(folder).slice(Math.max(1, keep));
  for (const backup of old) rmSync(join(folder, backup.id), { recursive: true, force: true });
  return old.map((b) => b.id);
}

function insideBackup(dir: string, path: string): string | undefined {
  if (isAbsolute(path)) return undefined;
  const normalised = normalize(path);
  if (normalised.startsWith('..') || normalised.split(sep).includes('..')) return undefined;
  return join(dir, normalised);
}

/** Reads a backup back after checking every file against the manifest. */
export function readBackup(folder: string, id: string): RestoreOutcome {
  if (!isBackupId(id)) return { ok: false, reason: 'notFound', detail: id };
  const dir = join(folder, id);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { ok: false, reason: 'notFound', detail: id };
  let manifest: Manifest | undefined;
  try {
    manifest = readManifest(dir);
  } catch (error) {
    return {
      ok: false,
      reason: 'corrupted',
      detail: `${MANIFEST_FILE}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
    };
  }
  if (!manifest) return { ok: false, reason: 'missingManifest', detail: id };
  let database: Uint8Array | undefined;
  const attachments: { name: string; data: Uint8Array }[] = [];
  for (const entry of manifest.files) {
    const file = insideBackup(dir, entry.path);
    if (!file) return { ok: false, reason: 'corrupted', detail: `${entry.path}: outside the backup` };
    if (!existsSync(file)) return { ok: false, reason: 'corrupted', detail: `${entry.path}: missing` };
    const data = new Uint8Array(readFileSync(file));
    if (data.byteLength !== entry.bytes || sha256(data) !== entry.sha256)
      return { ok: false, reason: 'corrupted', detail: `${entry.path}: sha256 mismatch` };
    if (entry.path === DATABASE_FILE) database = data;
    else attachments.push({ name: entry.name ?? entry.path, data });
  }
  if (!database) return { ok: false, reason: 'corrupted', detail: `${DATABASE_FILE}: not in manifest` };
  return { ok: true, backup: infoOf(folder, id, manifest), database, attachments };
}

/** Whether a scheduled backup is due. */
export function isBackupDue(lastBackupAt: string | undefined, intervalHours: number, now: Date = new Date()): boolean {
  if (!lastBackupAt) return true;
  const last = Date.parse(lastBackupAt);
  if (!Number.isFinite(last) || last > now.getTime()) return true; // clock moved back: back up rather than wait
  return now.getTime() - last >= intervalHours * 3_600_000;
}
