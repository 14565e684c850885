// Reads for the settings screen: the unsent-data warning before a restore, live
// (it follows the outbox as sync empties it), and the desktop host's answers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '@renderer/db/database';
import { host } from '@renderer/host/host';
import { useLive } from '@renderer/db/live';
import { unsyncedBeforeRestore } from './backup/service';

/** What a restore would lose: null on a PC never enrolled, else the events and files not yet on the server. */
export function useUnsyncedBeforeRestore() {
  return useLive(() => unsyncedBeforeRestore(db), []);
}

/**
 * An answer of the desktop host (Electron's main process): asked when the screen
 * opens and again on `reload()` after a change made here. Not the database, so not live.
 */
function useHostAnswer<T>(ask: () => Promise<T>, enabled: boolean): { data: T | undefined; reload(): Promise<void> } {
  const [data, setData] = useState<T>();
  const latest = useRef(ask);
  latest.current = ask;
  const reload = useCallback(async () => {
    try {
      setData(await latest.current());
    } catch {
      // The host did not answer: what was shown stays.
    }
  }, []);
  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);
  return { data, reload };
}

/** The printers of this PC (desktop only). */
export function useHostPrinters(enabled: boolean) {
  return useHostAnswer(() => host.listPrinters(), enabled);
}

/** The backups in the host's backup folder (desktop only). */
export function useHostBackups() {
  return useHostAnswer(() => host.listBackups!(), true);
}
