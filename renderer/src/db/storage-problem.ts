// The storage problem the banner shows (blocked by another window, a newer
// version elsewhere), kept apart from the connection so screens can report and
// show problems without reaching for the database.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { classifyStorageError, requestPersistentStorage, type StorageProblem } from './storage-errors';

let problem: StorageProblem | null = null;
const listeners = new Set<() => void>();

export function reportStorageProblem(next: StorageProblem | null): void {
  problem = next;
  for (const l of listeners) l();
}

export const currentStorageProblem = (): StorageProblem | null => problem;

/** Reports a failed write to the banner; returns the problem for the caller's own message. */
export function reportStorageError(error: unknown): StorageProblem {
  const kind = classifyStorageError(error);
  if (kind === 'versionchange' || kind === 'blocked') reportStorageProblem(kind);
  return kind;
}

export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, currentStorageProblem);
}

// Asked once, at start: the browser may refuse to keep the data when the disk fills.
const persistence = requestPersistentStorage();

/** True once the browser said it may evict this PC's data under pressure. */
export function usePersistenceDenied(): boolean {
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void persistence.then((granted) => setDenied(!granted));
  }, []);
  return denied;
}
