// Reads of this PC's database as live queries: Dexie re-runs the query whenever a
// table or index range it read changes (a write on this PC, a pull, another
// window), so no write ever has to tell a screen to refresh.
//
// Inside a query use only Dexie calls and plain computation: awaiting fetch,
// timers or WebCrypto loses Dexie's tracking of what the query read.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export interface Live<T> {
  /** The latest result; undefined until the first one arrives (and while disabled). */
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
}

const LOADING: Live<never> = { data: undefined, error: null, isLoading: true };
const DISABLED: Live<never> = { data: undefined, error: null, isLoading: false };

/**
 * Subscribes to `query` while mounted and `enabled`; re-subscribes when `deps` change.
 * The result has the shape screens already use for loading and errors.
 */
export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[], enabled = true): Live<T> {
  const [state, setState] = useState<Live<T>>(enabled ? LOADING : DISABLED);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps are what the query reads.
  useEffect(() => {
    if (!enabled) {
      setState(DISABLED);
      return;
    }
    // A new question: never show the answer to the previous one as if it were this one's.
    setState(LOADING);
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ data, error: null, isLoading: false }),
      error: (error: unknown) => setState({ data: undefined, error, isLoading: false }),
    });
    return () => subscription.unsubscribe();
  }, [enabled, ...deps]);
  return state;
}
