// What a district PC does after each sync run, besides the run itself: learn
// the okrugs' names when something new came (or none are known yet), and fetch
// the scans of the relayed packages, so the inbox works offline.
import type { RunResult } from '@renderer/features/sync/engine';
import type { AkimatDb } from '@renderer/db/schema';
import type { FetchLike } from '@renderer/features/sync/http';
import { loadDirectory, refreshDirectory } from './directory';
import { prefetchPackageFiles } from './files';

export interface AfterSync {
  directory: boolean;
  fetched: number;
  missing: number;
}

export async function afterDistrictSync(db: AkimatDb, result: RunResult | null, fetchImpl?: FetchLike): Promise<AfterSync> {
  const done: AfterSync = { directory: false, fetched: 0, missing: 0 };
  if (result?.kind !== 'ok') return done;
  if (result.pulled > 0 || !(await loadDirectory(db))) done.directory = await refreshDirectory(db, fetchImpl);
  const files = await prefetchPackageFiles(db, fetchImpl);
  return { ...done, ...files };
}
