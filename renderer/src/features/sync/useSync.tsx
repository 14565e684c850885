// React side of sync: the app's one background loop, live views of the sync
// tables (Dexie liveQuery, so the badge moves as soon as a row changes), and the
// sign-out guard.
import { useQueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '@renderer/db/database';
import type { Language } from '@shared/i18n/translate';
import { syncText } from './texts';
import type { PublicationRow } from '@renderer/catalog/published';
import { SyncLoop } from './engine';
import { leaveBlocker } from './guard';
import { refusedEvents, type RefusedEvent } from './outbox';
import {
  loadIdentity,
  loadStatus,
  outboxCounts,
  type DeviceIdentity,
  type OutboxCounts,
  type SyncStatusRow,
  type UploadRow,
} from './state';

export const syncLoop = new SyncLoop({ db });

export interface SyncOverview {
  identity?: DeviceIdentity;
  status: SyncStatusRow;
  counts: OutboxCounts;
  uploadsWaiting: number;
  uploadErrors: UploadRow[];
  refused: Array<RefusedEvent & { caseNumber: string }>;
  /** Catalog and calendar publications pulled, with their verdicts. */
  publications: PublicationRow[];
}

async function overview(): Promise<SyncOverview> {
  const [identity, status, counts, uploadsWaiting, uploadErrors, refused, publications] = await Promise.all([
    loadIdentity(db),
    loadStatus(db),
    outboxCounts(db),
    db.uploads.where('state').equals('pending').count(),
    db.uploads.where('state').equals('error').toArray(),
    refusedEvents(db),
    db.publications.toArray(),
  ]);
  const cases = await db.cases.bulkGet(refused.map((r) => r.caseId));
  return {
    identity,
    status,
    counts,
    uploadsWaiting,
    uploadErrors,
    refused: refused.map((r, i) => ({ ...r, caseNumber: cases[i]?.number ?? r.caseId })),
    publications,
  };
}

/** The sync tables as they are now, updated live. */
export function useSyncOverview(): SyncOverview | undefined {
  const [value, setValue] = useState<SyncOverview>();
  useEffect(() => {
    const subscription = liveQuery(overview).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
  }, []);
  return value;
}

export function useSyncBusy(): boolean {
  return useSyncExternalStore(
    (l) => syncLoop.subscribe(l),
    () => syncLoop.busy,
  );
}

/** Starts the background loop while mounted; screens reading cases refresh when events arrive. */
export function useBackgroundSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const off = syncLoop.onResult((result) => {
      if (result?.kind === 'ok' && result.pulled > 0) void queryClient.invalidateQueries({ queryKey: ['cases'] });
    });
    syncLoop.start();
    return () => {
      off();
      syncLoop.stop();
    };
  }, [queryClient]);
}

/** Wraps sign-out: refused with a message while an enrolled PC has anything unsent. */
export function useSignOutGuard(signOut: () => void, lang: Language): { guardedSignOut: () => void; blocked: string | null } {
  const [blocked, setBlocked] = useState<{ kk: string; ru: string } | null>(null);
  const isBlocked = blocked !== null;
  // Once refused, the message follows the outbox and goes away when everything is sent.
  useEffect(() => {
    if (!isBlocked) return;
    const subscription = liveQuery(() => leaveBlocker(db, 'signOut')).subscribe({ next: setBlocked, error: () => undefined });
    return () => subscription.unsubscribe();
  }, [isBlocked]);
  const guardedSignOut = () => {
    void leaveBlocker(db, 'signOut').then((reason) => {
      setBlocked(reason);
      if (!reason) signOut();
    });
  };
  return { guardedSignOut, blocked: blocked ? blocked[lang] : null };
}

/** "dd.mm.yyyy HH:MM" in this PC's time, for the panel. */
export function formatMoment(iso: string | undefined, lang: Language): string {
  if (!iso) return syncText(lang, 'lastSuccessNever');
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
