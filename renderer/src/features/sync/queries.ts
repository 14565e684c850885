// Reads of the sync tables, live: the badge and the panel move as soon as a row
// changes, and the sign-out warning goes away when the outbox empties.
import type { PublicationRow } from '@renderer/catalog/published';
import { db as appDb } from '@renderer/db/database';
import type { AkimatDb } from '@renderer/db/schema';
import { useLive } from '@renderer/db/live';
import { leaveBlocker } from './guard';
import { refusedEvents, type RefusedEvent } from './outbox';
import {
  loadEnrollment,
  loadStatus,
  outboxCounts,
  type StoredIdentity,
  type OutboxCounts,
  type SyncStatusRow,
  type UploadRow,
} from './state';

export interface SyncOverview {
  identity?: StoredIdentity;
  status: SyncStatusRow;
  counts: OutboxCounts;
  uploadsWaiting: number;
  uploadErrors: UploadRow[];
  refused: Array<RefusedEvent & { caseNumber: string }>;
  /** Catalog and calendar publications pulled, with their verdicts. */
  publications: PublicationRow[];
}

/** The sync tables as they are now (the global database unless given one). */
export async function syncOverview(db: AkimatDb = appDb): Promise<SyncOverview> {
  const [identity, status, counts, uploadsWaiting, uploadErrors, refused, publications] = await Promise.all([
    loadEnrollment(db),
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

/** The sync tables as they are now, updated live (undefined until read, or if the read fails). */
export function useSyncOverview(): SyncOverview | undefined {
  return useLive(() => syncOverview(), []).data;
}

/** Why signing out must wait (anything unsent on an enrolled PC), followed live while `enabled`. */
export function useSignOutBlocker(enabled: boolean) {
  return useLive(() => leaveBlocker(appDb, 'signOut'), [], enabled);
}

/** The same question once, at the moment of signing out. */
export function signOutBlocker() {
  return leaveBlocker(appDb, 'signOut');
}
