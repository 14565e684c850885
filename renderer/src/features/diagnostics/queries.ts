// The update state the frame shows: after each successful sync the desktop
// host is told where its feed is (and reports back), the browser host reads
// the feed's version (at most every CHECK_EVERY_MS).
import { useEffect, useState } from 'react';
import type { UpdateState } from '@shared/host/bridge';
import { db } from '@renderer/db/database';
import { host } from '@renderer/host/host';
import { syncLoop } from '@renderer/features/sync/useSync';
import { configureDesktopUpdates, newerOnServer } from './updates';

export const CHECK_EVERY_MS = 10 * 60_000;

export type UpdateNotice = { kind: 'ready'; version: string } | { kind: 'newer'; version: string } | null;

export function useUpdateNotice(): UpdateNotice {
  const [desktop, setDesktop] = useState<UpdateState | null>(null);
  const [newer, setNewer] = useState<string | null>(null);
  useEffect(() => {
    const off = host.onUpdateState?.(setDesktop);
    let lastCheck = 0;
    const offResult = syncLoop.onResult((result) => {
      if (result?.kind !== 'ok') return;
      if (host.configureUpdates) {
        configureDesktopUpdates(db, host)
          .then((state) => state && setDesktop(state))
          .catch(() => undefined);
      } else if (Date.now() - lastCheck >= CHECK_EVERY_MS) {
        lastCheck = Date.now();
        newerOnServer(db, (i, init) => fetch(i, init))
          .then(setNewer)
          .catch(() => undefined);
      }
    });
    return () => {
      off?.();
      offResult();
    };
  }, []);
  if (desktop?.state === 'ready') return { kind: 'ready', version: desktop.version };
  return newer ? { kind: 'newer', version: newer } : null;
}
