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

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Subscribes to `query` while mounted and `enabled`; re-subscribes when `deps` change.
 * The result has the shape screens already use for loading and errors.
 */
export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[], enabled = true): Live<T> {
  return useLiveQuery(query, deps, undefined, enabled);
}

/**
 * A live read that also depends on the clock (`now`: the minute of `localMoment()` or the day of `localDate()`).
 * The clock turning over reads again but keeps the last answer on screen until the new one
 * arrives: a screen that went back to "loading" every minute would unmount what is under it
 * and lose what the clerk just did there (the agenda's print button on Today, issue 14).
 */
export function useLiveAt<T>(query: () => Promise<T> | T, deps: readonly unknown[], now: string, enabled = true): Live<T> {
  return useLiveQuery(query, deps, now, enabled);
}

function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[], clock: unknown, enabled: boolean): Live<T> {
  const key = [enabled, ...deps];
  const [state, setState] = useState<{ key: readonly unknown[]; live: Live<T> }>(() => ({ key, live: enabled ? LOADING : DISABLED }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps are what the query reads.
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ key, live: { data, error: null, isLoading: false } }),
      error: (error: unknown) => setState({ key, live: { data: undefined, error, isLoading: false } }),
    });
    return () => subscription.unsubscribe();
  }, [enabled, ...deps, clock]);
  // A new question (or one just enabled): never show the answer to the previous one as if it
  // were this one's, not even for the one render before the new subscription answers.
  if (!sameKey(state.key, key)) return enabled ? LOADING : DISABLED;
  return state.live;
}
