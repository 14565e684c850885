// What this PC knows about syncing, kept in Dexie next to the events so it
// survives restarts: the device identity from enrollment, the pull cursor, the
// last outcome, and one row per attachment that must reach the server.
import type { Bilingual, DeviceScope } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { secretsFor } from '@renderer/host/secrets';

export interface DeviceIdentity {
  key: 'device';
  serverUrl: string;
  deviceId: string;
  letter: string;
  token: string;
  scope: DeviceScope;
  enrolledAt: string;
}

/**
 * The identity row as kept in `syncState`: without the token, which the host's
 * secret store keeps (host/secrets.ts). A `token` here is the plain one of an
 * older version, moved to the store on first read.
 */
export type StoredIdentity = Omit<DeviceIdentity, 'token'> & { token?: string };

export interface SyncProblem {
  code: string;
  message: Bilingual;
  at: string;
}

export interface SyncStatusRow {
  key: 'status';
  cursor: number;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  /** The last failed run, cleared by a successful one. */
  lastProblem?: SyncProblem;
  /** Set when a person must act (revoked device, unknown token): the loop does not run. */
  stopped?: SyncProblem;
  /** Consecutive failed runs: the exponent of the backoff. */
  failures: number;
  nextAttemptAt?: string;
  clockSkewMs: number | null;
  /** Events received from the server over this PC's life. */
  pulledTotal: number;
  /** False after a run that could not reach the server. */
  reachable?: boolean;
  /** The server epoch last seen (null before the first answer); see recovery.ts. */
  epoch?: string | null;
  /** Recoveries after a server restore over this PC's life. */
  recoveries?: number;
}

export interface UploadRow {
  sha256: string;
  caseId: string;
  name: string;
  size: number;
  state: 'pending' | 'done' | 'error';
  error?: string;
  reason?: Bilingual;
}

/** Where the server placed an event that came by pull: its order across devices. */
export interface PulledRow {
  eventId: string;
  caseId: string;
  serverSeq: number;
  receivedAt: string;
}

export const INITIAL_STATUS: SyncStatusRow = { key: 'status', cursor: 0, failures: 0, clockSkewMs: null, pulledTotal: 0 };

/** The enrollment as the screens show it (no token, no migration: safe inside live queries); undefined when not enrolled. */
export async function loadEnrollment(db: AkimatDb): Promise<StoredIdentity | undefined> {
  const row = (await db.syncState.get('device')) as StoredIdentity | undefined;
  if (!row) return undefined;
  const { token: _token, ...rest } = row;
  return rest;
}

/** The enrolled identity with its token, or undefined when this PC is not enrolled (or its token is gone: enroll again). */
export async function loadIdentity(db: AkimatDb): Promise<DeviceIdentity | undefined> {
  const row = (await db.syncState.get('device')) as StoredIdentity | undefined;
  if (!row) return undefined;
  const secrets = secretsFor(db.name);
  if (row.token) {
    // A plain token of an older version: into the host's store, then out of the database.
    await secrets.set('deviceToken', row.token);
    const { token, ...rest } = row;
    await db.syncState.put(rest);
    return { ...rest, token };
  }
  const token = await secrets.get('deviceToken');
  return token ? { ...row, token } : undefined;
}

/** Keeps the identity: the token in the host's store, the rest in `syncState` (call outside Dexie transactions for the token). */
export async function saveToken(db: AkimatDb, token: string): Promise<void> {
  await secretsFor(db.name).set('deviceToken', token);
}

export function storedIdentity(identity: DeviceIdentity): StoredIdentity {
  const { token: _token, ...rest } = identity;
  return rest;
}

export async function loadStatus(db: AkimatDb): Promise<SyncStatusRow> {
  return ((await db.syncState.get('status')) as SyncStatusRow | undefined) ?? INITIAL_STATUS;
}

/** Merges changes into the status row; call inside or outside a transaction. */
export async function updateStatus(db: AkimatDb, change: Partial<Omit<SyncStatusRow, 'key'>>): Promise<SyncStatusRow> {
  const next = { ...(await loadStatus(db)), ...change, key: 'status' as const };
  await db.syncState.put(next);
  return next;
}

export interface OutboxCounts {
  pending: number;
  sent: number;
  error: number;
}

export async function outboxCounts(db: AkimatDb): Promise<OutboxCounts> {
  const [pending, sent, error] = await Promise.all(
    ['pending', 'sent', 'error'].map((state) => db.outbox.where('state').equals(state).count()),
  );
  return { pending, sent, error };
}

/** Events not yet on the server (waiting or refused) and files not yet uploaded. */
export async function unsynced(db: AkimatDb): Promise<{ events: number; files: number }> {
  const counts = await outboxCounts(db);
  const files = await db.uploads.where('state').anyOf('pending', 'error').count();
  return { events: counts.pending + counts.error, files };
}

export async function unsyncedCount(db: AkimatDb): Promise<number> {
  const { events, files } = await unsynced(db);
  return events + files;
}
