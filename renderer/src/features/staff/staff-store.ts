// Staff of the office who share the PC. Passwords are kept only as hashes: scrypt
// for rows made now, PBKDF2 on older rows (both checked by shared/staff/password.ts).
import type { AkimatDb, Role, UserRow } from '@renderer/db/schema';
import { hashPassword, type PasswordHash, verifyPassword } from '@shared/staff/password';

/** A new user's row with the password hashed (no database write). */
export async function makeUserRow(user: { name: string; role: Role; password: string }): Promise<UserRow> {
  const row: UserRow = {
    id: crypto.randomUUID(),
    name: user.name.trim(),
    role: user.role,
    password: await hashPassword(user.password),
  };
  return row;
}

/** The user's stored password hash: the scrypt one, or the PBKDF2 fields of a row made before it (null if neither). */
export function storedPassword(user: UserRow): PasswordHash | null {
  if (user.password) return user.password;
  if (user.salt === undefined || user.hash === undefined || user.iterations === undefined) return null;
  return { kdf: 'pbkdf2', salt: user.salt, hash: user.hash, iterations: user.iterations };
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
  return (await verifyPassword(password, storedPassword(user))) ? user : null;
}
