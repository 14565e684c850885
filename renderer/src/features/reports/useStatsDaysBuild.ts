// The statistics' day records of a database from before them are built while a
// screen that reads them (statistics, quality indicators) is open; those a PC's
// first sync deferred, in the first quiet moment after the sync, so the
// statistics open ready.
import { useEffect } from 'react';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { statsDaysDeferred } from '@renderer/db/stats-days';
import { useSyncBusy } from '@renderer/features/sync/useSync';
import { whenIdle } from '@renderer/ui/when-idle';
import { buildStatsDays } from './commands';

export function useStatsDaysBuild(preparing: boolean): void {
  useEffect(() => {
    if (preparing) void buildStatsDays();
  }, [preparing]);
}

/** For the app's frame while someone is signed in. */
export function useDeferredStatsDaysBuild(signedIn: boolean): void {
  const busy = useSyncBusy();
  const deferred = useLive(() => statsDaysDeferred(db), [], signedIn).data ?? false;
  useEffect(() => (deferred && !busy ? whenIdle(() => void buildStatsDays(), 30_000) : undefined), [deferred, busy]);
}
