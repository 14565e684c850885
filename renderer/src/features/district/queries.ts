// The district screens' reads, live: each hook re-runs its query when what it
// read changes (a pull, a fetched file, a write here), so no write refreshes a screen.
import { useEffect } from 'react';
import type { OfficeSettings } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { useLive, useLiveAt } from '@renderer/db/live';
import { listUsers } from '@renderer/features/staff/staff-store';
import { loadEnrollment } from '@renderer/features/sync/state';
import { loadDirectory } from './directory';
import { fetchPackageFiles, missingPackageFiles } from './files';
import { proposeIncomingNumber } from './incoming';
import { proposeOutgoingNumber } from './outgoing';
import { districtInbox, type InboxFilter } from './reads';

export function useDistrictInbox(now: string, filter: InboxFilter) {
  return useLiveAt(() => districtInbox(db, now, filter), [JSON.stringify(filter)], now);
}

/** This PC's enrollment; null before it is enrolled. */
export function useDeviceIdentity() {
  return useLive(async () => (await loadEnrollment(db)) ?? null, []);
}

/** The names of the offices and districts; null until they were fetched once. */
export function useDirectory() {
  return useLive(async () => (await loadDirectory(db)) ?? null, []);
}

export function useUsers() {
  return useLive(() => listUsers(db), []);
}

/** The next number of this PC's outgoing series. */
export function useOutgoingProposal(settings: OfficeSettings, now: string) {
  return useLiveAt(() => proposeOutgoingNumber(db, settings, now), [settings.officeCode, settings.deviceLetter], now);
}

/** The next number of this PC's incoming series. */
export function useIncomingProposal(settings: OfficeSettings, now: string) {
  return useLiveAt(() => proposeIncomingNumber(db, settings, now), [settings.officeCode, settings.deviceLetter], now);
}

/**
 * The files of a relayed package not yet on this PC. Opening the case also
 * fetches them (again when new events came), outside the live read: a download
 * is no database read, and the files it keeps refresh the list by themselves.
 */
export function useMissingPackageFiles(caseId: string, eventCount: number) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: new events (a relay again) may name new files.
  useEffect(() => {
    // No link: the files come after the next sync run, or when the case is opened again.
    void fetchPackageFiles(db, caseId).catch(() => undefined);
  }, [caseId, eventCount]);
  return useLive(() => missingPackageFiles(db, caseId), [caseId]);
}
