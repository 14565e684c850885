// Runs afterDistrictSync after every background sync run while a district PC
// is signed in (and once at once), and refreshes the screens when names or
// files arrived.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { db } from '@renderer/db/database';
import type { RunResult } from '@renderer/features/sync/engine';
import { syncLoop } from '@renderer/features/sync/useSync';
import { afterDistrictSync } from './background';

export function useDistrictBackground(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let busy = false;
    let alive = true;
    const run = async (result: RunResult | null) => {
      if (busy) return;
      busy = true;
      try {
        const done = await afterDistrictSync(db, result);
        if (alive && (done.directory || done.fetched > 0)) await queryClient.invalidateQueries({ queryKey: ['cases'] });
      } catch {
        // A storage failure: the app's banner reports it; the next run tries again.
      } finally {
        busy = false;
      }
    };
    const off = syncLoop.onResult((result) => void run(result));
    void run({ kind: 'ok', pushed: 0, pulled: 0 });
    return () => {
      alive = false;
      off();
    };
  }, [queryClient]);
}
