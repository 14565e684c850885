// Reads for the settings screen, live: the unsent-data warning before a restore
// follows the outbox as sync empties it.
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { unsyncedBeforeRestore } from './backup/service';

/** What a restore would lose: null on a PC never enrolled, else the events and files not yet on the server. */
export function useUnsyncedBeforeRestore() {
  return useLive(() => unsyncedBeforeRestore(db), []);
}
