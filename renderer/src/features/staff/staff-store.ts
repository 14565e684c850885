// Staff of the office who share the PC. Passwords are kept only as PBKDF2
// hashes (WebCrypto, SHA-256, a random salt per user).
import type { AkimatDb, Role, UserRow } from '@renderer/db/schema';

export const PBKDF2_ITERATIONS = 100_000;

const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => new Uint8Array(text.match(/../g)!.map((h) => parseInt(h, 16)));

export async function hashPassword(password: string, saltHex: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: unhex(saltHex), iterations }, key, 256);
  return hex(bits);
}

/** A new user's row with the password hashed (no database write). */
export async function makeUserRow(user: { name: string; role: Role; password: string }): Promise<UserRow> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  const row: UserRow = {
    id: crypto.randomUUID(),
    name: user.name.trim(),
    role: user.role,
    salt,
    hash: await hashPassword(user.password, salt),
    iterations: PBKDF2_ITERATIONS,
  };
  return row;
}

/** Thrown when someone who may not manage staff tries to add a user. */
export class StaffNotAllowedError extends Error {
  constructor() {
    super('only the akim (the head on a district PC) adds staff');
    this.name = 'StaffNotAllowedError';
  }
}

/**
 * The akim (the department head on a district PC) manages staff. While the office
 * has nobody in that role yet — it was set up by a clerk — anyone signed in may
 * add staff, so the office is never left unable to create its akim.
 */
export async function mayManageStaff(db: AkimatDb, user: Pick<UserRow, 'role'>): Promise<boolean> {
  if (user.role === 'akim') return true;
  return (await db.users.filter((u) => u.role === 'akim').count()) === 0;
}

/** Adds a user; `by` is who adds them (absent only when the office is first set up). */
export async function addUser(
  db: AkimatDb,
  user: { name: string; role: Role; password: string },
  by?: Pick<UserRow, 'role'>,
): Promise<UserRow> {
  if (by && !(await mayManageStaff(db, by))) throw new StaffNotAllowedError();
  const row = await makeUserRow(user);
  await db.users.add(row);
  return row;
}

export async function listUsers(db: AkimatDb): Promise<UserRow[]> {
  return db.users.orderBy('name').toArray();
}

/** The user when the password matches, otherwise null. */
export async function checkPassword(db: AkimatDb, userId: string, password: string): Promise<UserRow | null> {
  const user = await db.users.get(userId);
  if (!user) return null;
  const hash = await hashPassword(password, user.salt, user.iterations);
  return hash === user.hash ? user : null;
}
