// Runs afterDistrictSync after every background sync run while a district PC
// is signed in (and once at once); the screens read names and files live, so
// what arrives shows by itself.
import { useEffect } from 'react';
import { db } from '@renderer/db/database';
import type { RunResult } from '@renderer/features/sync/engine';
import { syncLoop } from '@renderer/features/sync/useSync';
import { afterDistrictSync } from './background';

export function useDistrictBackground(): void {
  useEffect(() => {
    let busy = false;
    const run = async (result: RunResult | null) => {
      if (busy) return;
      busy = true;
      try {
        await afterDistrictSync(db, result);
      } catch {
        // A storage failure: the app's banner reports it; the next run tries again.
      } finally {
        busy = false;
      }
    };
    const off = syncLoop.onResult((result) => void run(result));
    void run({ kind: 'ok', pushed: 0, pulled: 0 });
    return off;
  }, []);
}
