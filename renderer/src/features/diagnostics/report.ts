// What each PC tells the server with its push (shown in the admin console's
// devices tab): its version, events waiting, its last error. No personal data.
import type { PushDiagnostics } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { APP_VERSION, recentErrors } from './error-log';

export async function collectDiagnostics(db: AkimatDb): Promise<PushDiagnostics> {
  try {
    const [pendingEvents, [last]] = await Promise.all([db.outbox.where('state').equals('pending').count(), recentErrors(db, 1)]);
    const lastError = last ? `${last.at} ${last.source}${last.screen ? ` ${last.screen}` : ''}: ${last.message}`.slice(0, 500) : null;
    return { appVersion: APP_VERSION, pendingEvents, lastError };
  } catch {
    return { appVersion: APP_VERSION };
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** Storage used and available, where the browser tells. */
export async function storageUse(): Promise<StorageUse | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
