// Administrators' passwords: Node's built-in scrypt (memory-hard), tuned to about a
// quarter of a second per check. Only the hash is stored; neither ever reaches a log.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** N = 2^16, r = 8: 64 MiB and ~0.25 s per hash on an ordinary server core. */
export const SCRYPT = { N: 2 ** 16, r: 8, p: 1, keyLength: 32 } as const;

function derive(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url: the parameters travel with the hash. */
export async function hashPassword(password: string, params = SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params.N, params.r, params.p, params.keyLength);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p), expected.length);
  return timingSafeEqual(actual, expected);
}

/** Spends the same time as a real check, so an unknown login answers no faster than a known one. */
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('not a password');
  await verifyPassword(password, await dummy);
}

/** A password the CLI accepts: at least 10 characters. */
export const MIN_PASSWORD_LENGTH = 10;
