// Reads of the office's staff, live: a colleague added shows up in every list at once.
import type { UserRow } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { listUsers, mayManageStaff } from './staff-store';

export function useUsers() {
  return useLive(() => listUsers(db), []);
}

/** The signed-in user's row (null when it is gone, e.g. after a restore). */
export function useUser(userId: string | null, enabled: boolean) {
  return useLive(async () => (userId ? ((await db.users.get(userId)) ?? null) : null), [userId], enabled);
}

export function useMayManageStaff(user: Pick<UserRow, 'id' | 'role'>): boolean {
  return useLive(() => mayManageStaff(db, user), [user.id, user.role]).data === true;
}
