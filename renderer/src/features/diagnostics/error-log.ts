// Renderer errors as log entries: what a developer needs (message, stack,
// screen, version, time) and no personal data — an IIN-like number is masked.
// The browser host keeps the last ERROR_LOG_SIZE in IndexedDB; the desktop
// host also writes them to its log file through the bridge.
import type { HostBridge, RendererErrorEntry } from '@shared/host/bridge';
import type { AkimatDb } from '@renderer/db/schema';

export const ERROR_LOG_SIZE = 200;
export const APP_VERSION: string = __APP_VERSION__;

/** Twelve digits in a row may be an IIN: never logged. */
export function scrub(text: string): string {
  return text.replace(/\d{12}/g, '[IIN]');
}

export function errorEntry(
  source: RendererErrorEntry['source'],
  error: unknown,
  screen?: string,
  now: Date = new Date(),
): RendererErrorEntry {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = error instanceof Error && error.stack ? scrub(error.stack).slice(0, 8000) : undefined;
  return {
    source,
    message: scrub(message).slice(0, 2000),
    ...(stack ? { stack } : {}),
    ...(screen ? { screen: screen.slice(0, 100) } : {}),
    appVersion: APP_VERSION,
    at: now.toISOString(),
  };
}

const MB = 1024 * 1024;

/** The text "copy details" puts on the clipboard, with the storage use where the browser tells it. */
export function errorDetails(entry: RendererErrorEntry, storage?: { usage: number; quota: number } | null): string {
  return [
    `Akimat Desk ${entry.appVersion}`,
    `time: ${entry.at}`,
    storage ? `storage: ${(storage.usage / MB).toFixed(1)} MB of ${(storage.quota / MB).toFixed(0)} MB` : '',
    `screen: ${entry.screen ?? '-'}`,
    `source: ${entry.source}`,
    `error: ${entry.message}`,
    entry.stack ? `stack:\n${entry.stack}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Adds one entry and drops the oldest beyond `keep`. */
export async function appendErrorLog(db: AkimatDb, entry: RendererErrorEntry, keep = ERROR_LOG_SIZE): Promise<void> {
  await db.transaction('rw', db.errorLog, async () => {
    await db.errorLog.add({ ...entry });
    const count = await db.errorLog.count();
    if (count > keep) {
      const old = await db.errorLog
        .orderBy('id')
        .limit(count - keep)
        .primaryKeys();
      await db.errorLog.bulkDelete(old);
    }
  });
}

/** Logs an error in every place this host has; logging never throws. */
export async function recordError(deps: { db: AkimatDb; host: HostBridge }, entry: RendererErrorEntry): Promise<void> {
  await Promise.all([deps.host.logError?.(entry).catch(() => undefined), appendErrorLog(deps.db, entry).catch(() => undefined)]);
}

export async function recentErrors(db: AkimatDb, limit = ERROR_LOG_SIZE): Promise<RendererErrorEntry[]> {
  const rows = await db.errorLog.orderBy('id').reverse().limit(limit).toArray();
  return rows.map(({ id: _id, ...entry }) => entry);
}
