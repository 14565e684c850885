// Staff passwords on the office PC: a memory-hard scrypt hash (@noble/hashes, pure JS
// that yields to the event loop, so the same code runs in the renderer, Electron and
// Node tests). Rows made before scrypt hold a PBKDF2-SHA-256 hash; they stay verifiable
// and needsRehash() tells the caller to upgrade them after a successful sign-in.
// Neither a password nor a hash is ever put into an error message or a log line.
import { pbkdf2Async } from '@noble/hashes/pbkdf2';
import { scryptAsync } from '@noble/hashes/scrypt';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import { z } from 'zod';

/**
 * scrypt N = 2^15, r = 8, p = 1: 32 MiB of memory per hash (128 · N · r bytes).
 * Measured with `npm run bench:kdf` on the 2-core AMD EPYC dev VM (Node 20): median ≈ 160 ms
 * idle, 215–255 ms with the VM loaded (N = 2^14 ≈ 75–100 ms, N = 2^16 ≈ 330–510 ms; the
 * PBKDF2 100k used before: 25 ms in WebCrypto). An old office PC (a 2012–2015 Core i3 / Pentium
 * with DDR3) runs V8 about 1.5–2× slower per core and scrypt is bound by memory latency,
 * so N = 2^15 lands near the quarter of a second asked for (≈ 250–330 ms); 2^16 would
 * take over half a second there and 64 MiB, 2^14 would be under 0.15 s.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
export type ScryptParams = { N: number; r: number; p: number };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** The largest scrypt memory a stored hash may ask for (a hash arriving from a backup or sync must not exhaust the PC). */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

/** Lower-case hex of 16 to 64 bytes. */
const hexBytes = z
  .string()
  .min(32)
  .max(128)
  .regex(/^(?:[0-9a-f]{2})+$/);

const ScryptHash = z
  .object({
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: hexBytes,
    hash: hexBytes,
  })
  .strict()
  .refine((h) => 128 * h.r * (h.N + h.p) <= MAX_SCRYPT_MEMORY, 'scrypt parameters ask for too much memory');

/** A hash made before scrypt: PBKDF2-HMAC-SHA-256 (WebCrypto), 32 bytes. */
const Pbkdf2Hash = z
  .object({
    kdf: z.literal('pbkdf2'),
    iterations: z.number().int().min(10_000).max(10_000_000),
    salt: hexBytes,
    hash: hexBytes,
  })
  .strict();

export const PasswordHash = z.discriminatedUnion('kdf', [ScryptHash, Pbkdf2Hash]);
export type PasswordHash = z.infer<typeof PasswordHash>;

// New scrypt hashes are of the NFC form, so "й" typed as one or two code points matches.
// PBKDF2 rows were made from the password as typed and are checked the same way.
async function scryptKey(password: string, salt: Uint8Array, params: ScryptParams, dkLen: number): Promise<Uint8Array> {
  return scryptAsync(password.normalize('NFC'), salt, { ...params, dkLen, maxmem: MAX_SCRYPT_MEMORY + 1024 });
}

/** A fresh salt and the scrypt hash of the password. */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await scryptKey(password, salt, params, KEY_BYTES);
  return PasswordHash.parse({ kdf: 'scrypt', N: params.N, r: params.r, p: params.p, salt: bytesToHex(salt), hash: bytesToHex(key) });
}

/** Compares every byte whatever the first difference, so the time says nothing about the hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** True when the password matches; false too for a stored value that is not a valid PasswordHash. */
export async function verifyPassword(password: string, stored: unknown): Promise<boolean> {
  const parsed = PasswordHash.safeParse(stored);
  if (!parsed.success) return false;
  const h = parsed.data;
  const salt = hexToBytes(h.salt);
  const expected = hexToBytes(h.hash);
  const actual =
    h.kdf === 'scrypt'
      ? await scryptKey(password, salt, h, expected.length)
      : await pbkdf2Async(sha256, password, salt, { c: h.iterations, dkLen: expected.length });
  return sameBytes(actual, expected);
}

/** True for a PBKDF2 hash or an scrypt hash weaker than SCRYPT_PARAMS: hash the password again once it is known. */
export function needsRehash(stored: PasswordHash, params: ScryptParams = SCRYPT_PARAMS): boolean {
  if (stored.kdf !== 'scrypt') return true;
  return (
    stored.N < params.N ||
    stored.r < params.r ||
    stored.p < params.p ||
    stored.salt.length < SALT_BYTES * 2 ||
    stored.hash.length < KEY_BYTES * 2
  );
}
