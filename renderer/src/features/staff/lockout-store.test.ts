// The per-user count of wrong passwords on this PC (meta rows) and the sign-in check
// that honours it, on fake-indexeddb with a clock the test moves.
import { describe, expect, it } from 'vitest';
import type { AkimatDb, UserRow } from '@renderer/db/schema';
import { freshDb } from '@renderer/testing/db-fixture';
import { hashPassword } from '@shared/staff/password';
import { LOCK_AFTER, LOCK_SECONDS } from '@shared/staff/lockout';
import { checkSignIn, clearSignInFailures, loadFailures, signInAllowance } from './lockout-store';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const T0 = Date.UTC(2026, 10, 23, 5, 0, 0);

function clock(start = T0) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

async function withUsers(db: AkimatDb, ...names: string[]): Promise<UserRow[]> {
  const rows: UserRow[] = [];
  for (const name of names)
    rows.push({ id: `u-${name}`, name, role: 'clerk', active: true, password: await hashPassword(`${name}-пароль`, FAST) });
  await db.users.bulkAdd(rows);
  return rows;
}

describe('checkSignIn', () => {
  it('signs in with the right password and keeps no meta rows', async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    const result = await checkSignIn(db, aliya.id, 'Әлия-пароль');
    expect(result).toMatchObject({ kind: 'signed-in', user: { id: aliya.id } });
    expect(await db.meta.count()).toBe(0);
  });

  it('counts wrong passwords in meta, then makes the user wait without checking the password', async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    const t = clock();
    for (let i = 0; i < 3; i++) expect(await checkSignIn(db, aliya.id, 'қате', t.now)).toEqual({ kind: 'wrong', next: { allowed: true } });
    expect(await checkSignIn(db, aliya.id, 'қате', t.now)).toEqual({
      kind: 'wrong',
      next: { allowed: false, waitSeconds: 5, locked: false },
    });
    expect(await db.meta.get(`signin-failures:${aliya.id}`)).toEqual({ key: `signin-failures:${aliya.id}`, value: 4 });
    expect((await db.meta.get(`signin-blocked-until:${aliya.id}`))!.value).toBe(T0 + 5000);

    // Even the right password is not checked while the user must wait, and the wait is not counted as a failure.
    t.advance(2);
    expect(await checkSignIn(db, aliya.id, 'Әлия-пароль', t.now)).toEqual({
      kind: 'wait',
      next: { allowed: false, waitSeconds: 3, locked: false },
    });
    expect((await loadFailures(db, aliya.id)).failures).toBe(4);

    t.advance(3);
    expect(await signInAllowance(db, aliya.id, t.now)).toEqual({ allowed: true });
    expect(await checkSignIn(db, aliya.id, 'Әлия-пароль', t.now)).toMatchObject({ kind: 'signed-in' });
    expect(await db.meta.count()).toBe(0);
  });

  it('keeps each user’s count apart', async () => {
    const db = freshDb();
    const [aliya, bolat] = await withUsers(db, 'Әлия', 'Болат');
    const t = clock();
    for (let i = 0; i < 5; i++) {
      await checkSignIn(db, aliya.id, 'қате', t.now);
      t.advance(60);
    }
    expect((await loadFailures(db, aliya.id)).failures).toBe(5);
    expect(await signInAllowance(db, bolat.id, t.now)).toEqual({ allowed: true });
    expect(await checkSignIn(db, bolat.id, 'Болат-пароль', t.now)).toMatchObject({ kind: 'signed-in' });
  });

  it(`locks after ${LOCK_AFTER} wrong passwords; a reset by the akim lifts the lock`, async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    const t = clock();
    let last = await checkSignIn(db, aliya.id, 'қате', t.now);
    for (let i = 1; i < LOCK_AFTER; i++) {
      if (last.kind === 'wrong' && !last.next.allowed) t.advance(last.next.waitSeconds);
      last = await checkSignIn(db, aliya.id, 'қате', t.now);
    }
    expect(last).toEqual({ kind: 'wrong', next: { allowed: false, waitSeconds: LOCK_SECONDS, locked: true } });
    t.advance(60);
    expect(await signInAllowance(db, aliya.id, t.now)).toEqual({ allowed: false, waitSeconds: LOCK_SECONDS - 60, locked: true });

    await clearSignInFailures(db, aliya.id);
    expect(await signInAllowance(db, aliya.id, t.now)).toEqual({ allowed: true });
    expect(await db.meta.count()).toBe(0);
  });

  it('survives a restart: the count lives in the database, not in memory', async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    const t = clock();
    for (let i = 0; i < 4; i++) await checkSignIn(db, aliya.id, 'қате', t.now);
    db.close();
    await db.open();
    expect(await signInAllowance(db, aliya.id, t.now)).toEqual({ allowed: false, waitSeconds: 5, locked: false });
  });

  it('shortens and saves a block left too far ahead by a clock turned back', async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    await db.meta.bulkPut([
      { key: `signin-failures:${aliya.id}`, value: 4 },
      { key: `signin-blocked-until:${aliya.id}`, value: T0 + 86_400_000 },
    ]);
    expect(await signInAllowance(db, aliya.id, () => T0)).toEqual({ allowed: false, waitSeconds: 5, locked: false });
    expect((await db.meta.get(`signin-blocked-until:${aliya.id}`))!.value).toBe(T0 + 5000);
  });

  it('checks attempts fired together one after another, so the fourth must wait', async () => {
    const db = freshDb();
    const [aliya] = await withUsers(db, 'Әлия');
    const t = clock();
    const results = await Promise.all(Array.from({ length: 6 }, () => checkSignIn(db, aliya.id, 'қате', t.now)));
    expect(results.map((r) => r.kind)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wait', 'wait']);
    expect((await loadFailures(db, aliya.id)).failures).toBe(4);
  });

  it('verifies a user row made before scrypt (PBKDF2 salt, hash, iterations)', async () => {
    const db = freshDb();
    // Made by the WebCrypto code of staff-store.ts before scrypt, for the password "құпия123".
    const salt = '00112233445566778899aabbccddeeff';
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('құпия123'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(salt, 'hex'), iterations: 100_000 },
      key,
      256,
    );
    // A person imported from an earlier build keeps the PBKDF2 hash it was made with.
    const password = { kdf: 'pbkdf2', salt, hash: Buffer.from(bits).toString('hex'), iterations: 100_000 } as const;
    await db.users.add({ id: 'old', name: 'Ескі', role: 'akim', active: true, password });
    expect(await checkSignIn(db, 'old', 'құпия124')).toMatchObject({ kind: 'wrong' });
    expect(await checkSignIn(db, 'old', 'құпия123')).toMatchObject({ kind: 'signed-in', user: { id: 'old' } });
  });

  it('refuses a row without any usable hash, and keeps no count for an unknown user', async () => {
    const db = freshDb();
    // A hash that fails its schema (as if the stored row were damaged) never matches.
    const damaged = { kdf: 'pbkdf2', salt: '', hash: '', iterations: 1 } as const;
    await db.users.add({ id: 'blank', name: 'Бос', role: 'clerk', active: true, password: damaged });
    expect(await checkSignIn(db, 'blank', '')).toMatchObject({ kind: 'wrong' });
    expect(await checkSignIn(db, 'nobody', 'x')).toEqual({ kind: 'wrong', next: { allowed: true } });
    expect(await db.meta.get('signin-failures:nobody')).toBeUndefined();
  });
});
