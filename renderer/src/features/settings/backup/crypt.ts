// Encrypted backups (format version 2): every part of the bundle (database.json
// and each file) is sealed with AES-GCM under a key derived from the office's
// backup passphrase with scrypt (memory-hard, so a lost USB stick does not let
// its finder guess the passphrase, or the staff passwords inside, cheaply).
// WebCrypto has no scrypt: @noble/hashes' audited implementation derives the key.
import { scryptAsync } from '@noble/hashes/scrypt';
import type { BackupBundle } from './format';

export const SEALED_FORMAT = 'akimat-desk-backup-sealed';

/** scrypt N=2^14, r=8, p=1: 16 MiB; about 0.25 s on an office PC (0.7 s measured on this shared, loaded 2-core machine). */
export const KDF = { N: 2 ** 14, r: 8, p: 1 } as const;

export interface SealedHeader {
  format: typeof SEALED_FORMAT;
  formatVersion: 2;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  /** AES-GCM of the database.json bytes; the IV first 12 bytes. */
  database: string;
}

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphrase';
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
// Big parts through btoa one chunk at a time (a spread of megabytes would overflow the stack).
function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

async function deriveKey(passphrase: string, salt: Uint8Array, kdf: { N: number; r: number; p: number }): Promise<CryptoKey> {
  const raw = await scryptAsync(passphrase.normalize('NFC'), salt, { ...kdf, dkLen: 32, maxmem: 2 ** 26 });
  return crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function seal(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as BufferSource));
  const out = new Uint8Array(12 + data.length);
  out.set(iv);
  out.set(data, 12);
  return out;
}

async function open(key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.subarray(0, 12) as BufferSource },
        key,
        sealed.subarray(12) as BufferSource,
      ),
    );
  } catch {
    throw new WrongPassphraseError('the passphrase does not open this backup');
  }
}

/** The bundle sealed with the passphrase: database.json becomes a SealedHeader, each file its ciphertext (names kept). */
export async function sealBundle(
  bundle: BackupBundle,
  passphrase: string,
  kdf: { N: number; r: number; p: number } = KDF,
): Promise<BackupBundle> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, kdf);
  const header: SealedHeader = {
    format: SEALED_FORMAT,
    formatVersion: 2,
    kdf: { name: 'scrypt', ...kdf, salt: b64(salt) },
    database: toBase64(await seal(key, bundle.database)),
  };
  const attachments = [];
  for (const file of bundle.attachments) attachments.push({ name: file.name, data: await seal(key, file.data) });
  return { database: new TextEncoder().encode(JSON.stringify(header)), attachments };
}

/** The sealed header of a bundle, or null for a plain (version 1) backup. */
export function sealedHeader(bundle: BackupBundle): SealedHeader | null {
  try {
    const header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bundle.database)) as Partial<SealedHeader>;
    return header?.format === SEALED_FORMAT && header.kdf?.name === 'scrypt' && typeof header.database === 'string'
      ? (header as SealedHeader)
      : null;
  } catch {
    return null;
  }
}

/** Opens a sealed bundle; throws WrongPassphraseError when the passphrase (or the file) is not the one it was sealed with. */
export async function openBundle(header: SealedHeader, bundle: BackupBundle, passphrase: string): Promise<BackupBundle> {
  const { N, r, p, salt } = header.kdf;
  if (![N, r, p].every(Number.isInteger) || N > 2 ** 20 || r > 16 || p > 4) throw new WrongPassphraseError('unknown key settings');
  const key = await deriveKey(passphrase, unb64(salt), { N, r, p });
  const database = await open(key, unb64(header.database));
  const attachments = [];
  for (const file of bundle.attachments) attachments.push({ name: file.name, data: await open(key, file.data) });
  return { database, attachments };
}
