import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, PasswordHash, SCRYPT_PARAMS, verifyPassword } from './password';

// Small parameters keep the tests fast; SCRYPT_PARAMS itself is exercised once.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

/** The PBKDF2 hash exactly as renderer/src/features/staff/staff-store.ts made it before scrypt (WebCrypto, 100,000 rounds). */
async function legacyRow(password: string): Promise<{ salt: string; hash: string; iterations: number }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100_000 }, key, 256);
  return { salt: hex(salt), hash: hex(bits), iterations: 100_000 };
}

describe('hashPassword and verifyPassword', () => {
  it('hashes with scrypt and the default parameters, a fresh salt each time, and verifies', async () => {
    const stored = await hashPassword('құпия-сөз');
    expect(stored).toMatchObject({ kdf: 'scrypt', ...SCRYPT_PARAMS });
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('құпия');
    expect(await verifyPassword('құпия-сөз', stored)).toBe(true);
    const again = await hashPassword('құпия-сөз', FAST);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('refuses a wrong password, a near miss and an empty one', async () => {
    const stored = await hashPassword('Сәрсенова-2026', FAST);
    expect(await verifyPassword('Сәрсенова-2026', stored)).toBe(true);
    expect(await verifyPassword('Сәрсенова-2027', stored)).toBe(false);
    expect(await verifyPassword('сәрсенова-2026', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('computes standard scrypt (the same key as Node’s), over the NFC form of the password', async () => {
    const stored = await hashPassword('ә-composed', FAST);
    const node = scryptSync('ә-composed'.normalize('NFC'), Buffer.from(stored.salt, 'hex'), 32, FAST);
    expect(stored.hash).toBe(node.toString('hex'));
    // "й" typed as "и" and a combining breve is another string, but the same password.
    const decomposed = 'и\u0306';
    expect(decomposed).not.toBe('й');
    const stored2 = await hashPassword('Алтынай', FAST);
    expect(await verifyPassword(`Алтына${decomposed}`, stored2)).toBe(true);
  });

  it('verifies a legacy PBKDF2 row made by the WebCrypto code used before scrypt', async () => {
    const row = await legacyRow('құпия123');
    const stored = { kdf: 'pbkdf2', ...row };
    expect(PasswordHash.safeParse(stored).success).toBe(true);
    expect(await verifyPassword('құпия123', stored)).toBe(true);
    expect(await verifyPassword('құпия124', stored)).toBe(false);
  });

  it('answers false, without throwing, for a stored value that is not a valid hash', async () => {
    const good = await hashPassword('x', FAST);
    for (const bad of [null, undefined, '', {}, { ...good, kdf: 'md5' }, { ...good, hash: '' }]) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});

describe('the PasswordHash schema', () => {
  const valid = { kdf: 'scrypt', N: 2 ** 15, r: 8, p: 1, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
  const refused = (value: object) => PasswordHash.safeParse(value).success === false;

  it('accepts a well-formed scrypt or PBKDF2 hash', () => {
    expect(PasswordHash.parse(valid)).toEqual(valid);
    expect(PasswordHash.parse({ kdf: 'pbkdf2', iterations: 100_000, salt: valid.salt, hash: valid.hash }).kdf).toBe('pbkdf2');
  });

  it('refuses bad hex, wrong sizes, an unknown kdf and extra fields', () => {
    expect(refused({ ...valid, salt: 'xyz'.repeat(12) })).toBe(true);
    expect(refused({ ...valid, salt: 'AB'.repeat(16) })).toBe(true);
    expect(refused({ ...valid, hash: 'cd'.repeat(8) })).toBe(true);
    expect(refused({ ...valid, hash: 'cd'.repeat(65) })).toBe(true);
    expect(refused({ ...valid, hash: `${'cd'.repeat(16)}c` })).toBe(true);
    expect(refused({ ...valid, kdf: 'argon2id' })).toBe(true);
    expect(refused({ ...valid, password: 'oops' })).toBe(true);
    expect(refused({ kdf: 'pbkdf2', iterations: 100_000, salt: valid.salt })).toBe(true);
  });

  it('refuses parameters that would hang or exhaust the PC', () => {
    expect(refused({ ...valid, N: 3000 })).toBe(true);
    expect(refused({ ...valid, N: 2 ** 21 })).toBe(true);
    expect(refused({ ...valid, N: 2 ** 20, r: 8 })).toBe(true);
    expect(refused({ ...valid, r: 0 })).toBe(true);
    expect(refused({ ...valid, p: 1.5 })).toBe(true);
    expect(refused({ kdf: 'pbkdf2', iterations: 1, salt: valid.salt, hash: valid.hash })).toBe(true);
    expect(refused({ kdf: 'pbkdf2', iterations: 1e9, salt: valid.salt, hash: valid.hash })).toBe(true);
  });
});

describe('needsRehash', () => {
  it('asks to upgrade PBKDF2 and weaker scrypt, not the current parameters', async () => {
    const legacy = PasswordHash.parse({ kdf: 'pbkdf2', ...(await legacyRow('a')) });
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash(await hashPassword('a', FAST))).toBe(true);
    expect(needsRehash(await hashPassword('a', { ...SCRYPT_PARAMS, r: 4 }))).toBe(true);
    const current = { kdf: 'scrypt' as const, ...SCRYPT_PARAMS, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
    expect(needsRehash(current)).toBe(false);
    expect(needsRehash({ ...current, N: 2 ** 16 })).toBe(false);
    expect(needsRehash({ ...current, N: 2 ** 16 }, { N: 2 ** 17, r: 8, p: 1 })).toBe(true);
  });
});
