// The app's one database connection and the storage problems it reports.
import { useSyncExternalStore } from 'react';
import { AkimatDb } from './schema';
import { classifyStorageError, requestPersistentStorage, watchConnection, type StorageProblem } from './storage-errors';

export const db = new AkimatDb();

let problem: StorageProblem | null = null;
const listeners = new Set<() => void>();

export function reportStorageProblem(next: StorageProblem | null): void {
  problem = next;
  listeners.forEach((l) => l());
}

/** Reports a failed write to the banner; returns the problem for the caller's own message. */
export function reportStorageError(error: unknown): StorageProblem {
  const kind = classifyStorageError(error);
  if (kind === 'versionchange' || kind === 'blocked') reportStorageProblem(kind);
  return kind;
}

export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => problem,
  );
}

watchConnection(db, reportStorageProblem);
db.on('ready', () => {
  if (problem === 'blocked') reportStorageProblem(null);
});

export const persistence = requestPersistentStorage();
