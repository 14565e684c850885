// What each PC tells the server at sync (shown in the admin console's devices tab):
// its version, events waiting, its storage use and its last few errors. No personal
// data: no stack, messages bounded and IIN-like numbers masked once more.
import {
  MAX_REPORTED_ERROR_CHARS,
  MAX_REPORTED_ERRORS,
  MAX_STORAGE_BYTES,
  PROTOCOL_VERSION,
  type PushDiagnostics,
  type ReportedError,
} from '@shared/sync/protocol';
import type { RendererErrorEntry } from '@shared/host/bridge';
import type { AkimatDb } from '@renderer/db/schema';
import { type FetchLike, httpRequest } from '@renderer/features/sync/http';
import type { DeviceIdentity } from '@renderer/features/sync/state';
import { APP_VERSION, recentErrors, scrub } from './error-log';

/** One logged error as the server gets it: when, where and what, never the stack. */
export function reportedError(entry: RendererErrorEntry): ReportedError {
  return {
    at: entry.at.slice(0, 40),
    source: entry.source,
    ...(entry.screen ? { screen: entry.screen.slice(0, 100) } : {}),
    message: scrub(entry.message).slice(0, MAX_REPORTED_ERROR_CHARS),
  };
}

const bytes = (n: number) => Math.min(MAX_STORAGE_BYTES, Math.max(0, Math.round(Number.isFinite(n) ? n : 0)));

export async function collectDiagnostics(db: AkimatDb): Promise<PushDiagnostics> {
  const storage = await storageUse();
  const used = storage ? { storage: { usedBytes: bytes(storage.usage), quotaBytes: bytes(storage.quota) } } : {};
  try {
    const [pendingEvents, errors] = await Promise.all([
      db.outbox.where('state').equals('pending').count(),
      recentErrors(db, MAX_REPORTED_ERRORS),
    ]);
    const last = errors[0];
    const lastError = last
      ? `${last.at} ${last.source}${last.screen ? ` ${last.screen}` : ''}: ${scrub(last.message)}`.slice(0, 500)
      : null;
    return { appVersion: APP_VERSION, pendingEvents, lastError, ...used, recentErrors: errors.map(reportedError) };
  } catch {
    return { appVersion: APP_VERSION, ...used };
  }
}

/**
 * POST /report after a successful sync, so the console hears from a PC with nothing to push.
 * Best effort: true when the server took it; an older server without the route (404) or a
 * lost link only means the console waits for the next run.
 */
export async function sendReport(db: AkimatDb, fetchImpl: FetchLike, identity: DeviceIdentity, now: Date): Promise<boolean> {
  const result = await httpRequest(fetchImpl, identity.serverUrl, 'POST', '/report', identity.token, {
    protocol: PROTOCOL_VERSION,
    deviceId: identity.deviceId,
    sentAt: now.toISOString(),
    diagnostics: await collectDiagnostics(db),
  });
  return result.kind === 'response' && result.status === 200;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** Storage used and available, where the browser tells (Electron's renderer too). */
export async function storageUse(): Promise<StorageUse | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
