// React side of sync: the app's one background loop, whether it is running,
// and the sign-out guard. The sync tables are read in queries.ts.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '@renderer/db/database';
import type { Language } from '@shared/i18n/translate';
import { ProgressStore } from '@renderer/ui/progress-store';
import { SyncLoop, type SyncProgress } from './engine';
import { ReachabilityProbe } from './probe';
import { signOutBlocker, useSignOutBlocker } from './queries';
import { translate } from '@renderer/texts';

/** Where the background run is (files, events sent, events received); null between runs. */
export const syncProgress = new ProgressStore<SyncProgress>();
export const syncLoop = new SyncLoop({ db, onProgress: (p) => syncProgress.set(p) });
export const reachabilityProbe = new ReachabilityProbe({ db, busy: () => syncLoop.busy, onBack: () => void syncLoop.kick() });

export function useSyncBusy(): boolean {
  return useSyncExternalStore(
    (l) => syncLoop.subscribe(l),
    () => syncLoop.busy,
  );
}

/** Starts the background loop while mounted; screens read live, so pulled events show by themselves. */
export function useBackgroundSync(): void {
  useEffect(() => {
    syncLoop.start();
    reachabilityProbe.start();
    return () => {
      reachabilityProbe.stop();
      syncLoop.stop();
    };
  }, []);
}

/** Wraps sign-out: refused with a message while an enrolled PC has anything unsent. */
export function useSignOutGuard(signOut: () => void, lang: Language): { guardedSignOut: () => void; blocked: string | null } {
  const [refused, setRefused] = useState<{ kk: string; ru: string } | null>(null);
  // Once refused, the message follows the outbox and goes away when everything is sent.
  const live = useSignOutBlocker(refused !== null);
  const guardedSignOut = () => {
    void signOutBlocker().then((reason) => {
      setRefused(reason);
      if (!reason) signOut();
    });
  };
  // Until the live read answers (or if it fails) the refusal itself stands.
  const reason = refused === null ? null : live.data === undefined ? refused : live.data;
  return { guardedSignOut, blocked: reason ? reason[lang] : null };
}

/** "dd.mm.yyyy HH:MM" in this PC's time, for the panel. */
export function formatMoment(iso: string | undefined, lang: Language): string {
  if (!iso) return translate(lang, 'sync.lastSuccessNever');
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
