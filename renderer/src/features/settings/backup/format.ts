// The backup of this PC's database: `database.json` (every table, Blobs replaced
// by references to their SHA-256) plus one file per distinct Blob, named by its
// hash. The Electron host keeps these as separate files with its own manifest;
// for a download they are packed into one file (pack/unpack below).

/**
 * Bump when the layout of database.json changes in a way older apps cannot read.
 * Version 2: the bundle is sealed with the office's backup passphrase (crypt.ts);
 * inside, database.json is still this dump. Version 1 (plain) is still read, with a warning.
 */
export const BACKUP_FORMAT = 'akimat-desk-backup';
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_FILE_SUFFIX = '.akimat-backup';

/** Where a Blob stood in a row: the file with its bytes and the Blob's type. */
export interface BlobRef {
  $blob: string;
  type: string;
  size: number;
}

export interface DatabaseDump {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** Dexie schema version of the database that was exported. */
  dbVersion: number;
  appVersion: string;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

/** What the Electron host's backupNow takes and restoreBackup gives back. */
export interface BackupBundle {
  database: Uint8Array;
  attachments: { name: string; data: Uint8Array }[];
}

export function isBlobRef(value: unknown): value is BlobRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BlobRef).$blob === 'string' &&
    typeof (value as BlobRef).type === 'string'
  );
}

// One-file layout: a magic line, then records of [u32 name length][name][u32 data length][data]:
// database.json, its SHA-256 (the files carry theirs in their names), then the files.
const MAGIC = new TextEncoder().encode('AKIMAT-DESK-BACKUP\n');
const DATABASE_RECORD = 'database.json';
const DATABASE_HASH_RECORD = 'database.json.sha256';

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/** The bundle as one downloadable file. Built from parts, so the bytes are not copied into one array. */
export async function packBundle(bundle: BackupBundle): Promise<Blob> {
  const parts: BlobPart[] = [MAGIC as BlobPart];
  const hash = new TextEncoder().encode(await sha256Hex(bundle.database));
  for (const { name, data } of [
    { name: DATABASE_RECORD, data: bundle.database },
    { name: DATABASE_HASH_RECORD, data: hash },
    ...bundle.attachments,
  ]) {
    const encoded = new TextEncoder().encode(name);
    parts.push(u32(encoded.length) as BlobPart, encoded as BlobPart, u32(data.byteLength) as BlobPart, data as BlobPart);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

export class NotABackupError extends Error {
  override name = 'NotABackup';
}

/** The file is a backup, but its database part is not what was written. */
export class DamagedBackupError extends Error {
  override name = 'DamagedBackup';
}

/** Reads a packed file back; throws NotABackupError when the file is not one or is cut short, DamagedBackupError when database.json changed. */
export async function unpackBundle(file: Blob): Promise<BackupBundle> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) throw new NotABackupError('no backup header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: { name: string; data: Uint8Array }[] = [];
  let at = MAGIC.length;
  const take = (n: number) => {
    if (at + n > bytes.length) throw new NotABackupError('file cut short');
    const slice = bytes.subarray(at, at + n);
    at += n;
    return slice;
  };
  while (at < bytes.length) {
    const nameLength = view.getUint32(take(4).byteOffset - bytes.byteOffset);
    const name = new TextDecoder('utf-8', { fatal: true }).decode(take(nameLength));
    const dataLength = view.getUint32(take(4).byteOffset - bytes.byteOffset);
    records.push({ name, data: take(dataLength) });
  }
  const [first, hash, ...rest] = records;
  if (!first || first.name !== DATABASE_RECORD || !hash || hash.name !== DATABASE_HASH_RECORD)
    throw new NotABackupError('no database record');
  if (new TextDecoder().decode(hash.data) !== (await sha256Hex(first.data))) throw new DamagedBackupError(DATABASE_RECORD);
  return { database: first.data, attachments: rest };
}
