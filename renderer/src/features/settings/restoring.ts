// Whether a restore is replacing this PC's data. Screens read live, so without
// this the frame would jump to sign-in (or first run) as soon as the restored
// rows land, taking the restore's message away before the app reloads on them.
import { useSyncExternalStore } from 'react';

let restoring = false;
const listeners = new Set<() => void>();

export function setRestoring(next: boolean): void {
  restoring = next;
  for (const l of listeners) l();
}

export function useRestoring(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => restoring,
  );
}
