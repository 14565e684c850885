// What can go wrong with the browser's storage, in terms a screen can explain:
// the disk (quota) is full, another window holds an older version open
// (blocked), or another window opened a newer version (versionchange).
import type Dexie from 'dexie';

export type StorageProblem = 'quota' | 'blocked' | 'versionchange' | 'other';

export class StorageFailure extends Error {
  constructor(
    readonly problem: StorageProblem,
    override readonly cause?: unknown,
  ) {
    super(`storage failure: ${problem}${cause instanceof Error ? ` (${cause.name}: ${cause.message})` : ''}`);
    this.name = 'StorageFailure';
  }
}

function names(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: string; inner?: unknown; cause?: unknown };
    if (e.name) found.push(e.name);
    current = e.inner ?? e.cause;
  }
  return found;
}

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof StorageFailure) return error.problem;
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('VersionError')) return 'versionchange';
  return 'other';
}

/**
 * Watches the connection: when another window upgrades the database this one
 * closes (so the other can go on) and reports it; when this window's upgrade is
 * blocked by another window it reports that and keeps waiting.
 */
export function watchConnection(db: Dexie, report: (problem: StorageProblem) => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    report('versionchange');
    return false;
  });
  db.on('blocked', () => report('blocked'));
}

/** Asks the browser to keep our data under storage pressure; resolves to whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
