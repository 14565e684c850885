// Signing out or clearing the PC's data is refused while an enrolled PC still
// has events or files that have not reached the server. A PC that was never
// enrolled has nowhere to send them, so it is not held back.
import type { Bilingual } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { loadEnrollment, unsynced } from './state';
import { bilingual } from '@renderer/texts';

export type LeaveAction = 'signOut' | 'reset';

/** Why the action must wait, in both languages, or null when it may go ahead. */
export async function leaveBlocker(db: AkimatDb, action: LeaveAction): Promise<Bilingual | null> {
  // The row only (no token, no WebCrypto): this runs inside live queries, which must see the outbox reads after it.
  if (!(await loadEnrollment(db))) return null;
  const { events, files } = await unsynced(db);
  if (events + files === 0) return null;
  return bilingual(action === 'signOut' ? 'sync.signOutBlocked' : 'sync.resetBlocked', { events, files });
}
