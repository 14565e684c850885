// Staff of the unit who share its PCs: events of the unit's stream (db/unit-store.ts),
// so every PC of the office or department knows them and they sign in on any
// of them offline. Passwords travel only as KDF hashes (scrypt; PBKDF2 on rows
// of an earlier build), made and checked by shared/staff/password.ts.
import { hashPassword, verifyPassword } from '@shared/staff/password';
import { staffRoleFor } from '@shared/unit';
import type { WriteContext } from '@renderer/db/case-store';
import type { AkimatDb, Role, UserRow } from '@renderer/db/schema';
import { appendUnitEvents, unitKindOf } from '@renderer/db/unit-store';

/** Thrown when someone who may not manage staff tries to change it. */
export class StaffNotAllowedError extends Error {
  constructor() {
    super('only the akim (the head on a district PC) manages staff');
    this.name = 'StaffNotAllowedError';
  }
}

/**
 * The akim (the department head on a district PC) manages staff. While the unit
 * has nobody in that role yet — it was set up by a clerk — anyone signed in may
 * add staff, so the office is never left unable to create its akim.
 */
export async function mayManageStaff(db: AkimatDb, user: Pick<UserRow, 'role'>): Promise<boolean> {
  if (user.role === 'akim') return true;
  return (await db.users.filter((u) => u.role === 'akim' && u.active).count()) === 0;
}

export type StaffContext = WriteContext;

/**
 * Adds a person to the staff. `ctx.actor` is who adds them; at first-run setup
 * it is the new person themself (the unit's first member introduces themself).
 */
export async function addUser(
  ctx: StaffContext,
  user: { name: string; role: Role; password: string; id?: string },
  by?: Pick<UserRow, 'role'>,
): Promise<UserRow> {
  if (by && !(await mayManageStaff(ctx.db, by))) throw new StaffNotAllowedError();
  const password = await hashPassword(user.password);
  const userId = user.id ?? crypto.randomUUID();
  await appendUnitEvents(ctx, () => [
    { type: 'staffAdded', payload: { userId, name: user.name.trim(), role: staffRoleFor(unitKindOf(ctx.office), user.role), password } },
  ]);
  return (await ctx.db.users.get(userId))!;
}

/** The staff in name order, the deactivated after the active. */
export async function listUsers(db: AkimatDb): Promise<UserRow[]> {
  const all = await db.users.orderBy('name').toArray();
  return [...all.filter((u) => u.active), ...all.filter((u) => !u.active)];
}

/** The user when they are active and the password matches, otherwise null. */
export async function checkPassword(db: AkimatDb, userId: string, password: string): Promise<UserRow | null> {
  const user = await db.users.get(userId);
  if (!user?.active) return null;
  return (await verifyPassword(password, user.password)) ? user : null;
}

/** A role change or a deactivation, by the akim or head (the unit's rules refuse anyone else, and leaving no head). */
export async function changeStaff(ctx: StaffContext, userId: string, change: { role: Role } | { deactivate: true }): Promise<void> {
  await appendUnitEvents(ctx, () => [
    'role' in change
      ? { type: 'staffRoleChanged', payload: { userId, role: staffRoleFor(unitKindOf(ctx.office), change.role) } }
      : { type: 'staffDeactivated', payload: { userId } },
  ]);
}

/** A person's own new password (`reset` false, after their current one is checked) or a reset by the akim or head. */
export async function setPassword(ctx: StaffContext, userId: string, password: string, reset: boolean): Promise<void> {
  const hash = await hashPassword(password);
  await appendUnitEvents(ctx, () => [{ type: 'staffPasswordSet', payload: { userId, password: hash, reset } }]);
}
