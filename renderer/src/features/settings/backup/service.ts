// What the settings screen and the scheduler do with backups, for either host:
// hand an export to the Electron host, download one file in a browser, restore
// from the host's folder or from a chosen file. No host-specific code elsewhere.
import type { BackupOutcome, HostBridge } from '@shared/host/bridge';
import type { AkimatDb } from '@renderer/db/schema';
import { leaveBlocker } from '@renderer/features/sync/guard';
import { unsynced } from '@renderer/features/sync/state';
import { secretsFor } from '@renderer/host/secrets';
import { openBundle, sealBundle, sealedHeader, WrongPassphraseError } from './crypt';
import { backupFileName, exportDatabase } from './export';
import { DamagedBackupError, NotABackupError, packBundle, unpackBundle } from './format';
import { importBackup, type ImportOutcome } from './import';
import type { BackupBundle } from './format';

/** Problems a restore can end with, from the import or from the host's manifest check. */
export type RestoreResult =
  | (ImportOutcome & { plain?: boolean })
  | {
      ok: false;
      problem: { kind: 'hostNotFound' | 'hostCorrupted' | 'passphraseNeeded' | 'wrongPassphrase' } | { kind: 'failed'; detail: string };
    };

/** The shortest backup passphrase accepted. */
export const MIN_PASSPHRASE = 8;

/**
 * The passphrase of a backup: the one given, else the one the desktop host keeps
 * for scheduled backups (set by the last manual backup; the browser keeps none).
 */
async function passphraseFor(host: HostBridge, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    await host.setSecret?.('backupPassphrase', given);
    return given;
  }
  return host.getSecret?.('backupPassphrase');
}

/** Opens a sealed bundle, reads a plain (version 1) one with a warning, and imports it. */
async function importAny(db: AkimatDb, bundle: BackupBundle, passphrase: string | undefined): Promise<RestoreResult> {
  const result = await importOpened(db, bundle, passphrase);
  // The restored data has no enrollment: the token of the one replaced is forgotten too.
  if (result.ok) await secretsFor(db.name).set('deviceToken', null);
  return result;
}

async function importOpened(db: AkimatDb, bundle: BackupBundle, passphrase: string | undefined): Promise<RestoreResult> {
  const header = sealedHeader(bundle);
  if (!header) {
    const outcome = await importBackup(db, bundle);
    return outcome.ok ? { ...outcome, plain: true } : outcome;
  }
  if (!passphrase) return { ok: false, problem: { kind: 'passphraseNeeded' } };
  try {
    return await importBackup(db, await openBundle(header, bundle, passphrase));
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { ok: false, problem: { kind: 'wrongPassphrase' } };
    throw error;
  }
}

async function appVersion(host: HostBridge): Promise<string> {
  return (await host.appInfo()).version;
}

/** Exports the database and hands it to the host's backup folder. */
export async function backupToHost(host: HostBridge, db: AkimatDb, passphrase?: string): Promise<BackupOutcome> {
  if (!host.backupNow) return { ok: false, reason: 'failed', detail: 'no backups in this host' };
  try {
    const key = await passphraseFor(host, passphrase);
    if (!key) return { ok: false, reason: 'failed', detail: 'no backup passphrase: make one backup by hand first' };
    return await host.backupNow(await sealBundle(await exportDatabase(db, await appVersion(host)), key));
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The last scheduled backup, for the settings screen. */
export interface ScheduledBackupState {
  at: string;
  outcome: BackupOutcome;
}
let lastScheduled: ScheduledBackupState | null = null;
const listeners = new Set<() => void>();
export const scheduledBackups = {
  get: () => lastScheduled,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

/** Answers the host's "backup due" with an export; returns the unsubscribe function (a no-op in a browser). */
export function startScheduledBackups(host: HostBridge, db: AkimatDb, now = () => new Date()): () => void {
  if (!host.onBackupDue || !host.backupNow) return () => undefined;
  let running = false;
  return host.onBackupDue(() => {
    // A slow export is not started twice if the host asks again meanwhile.
    if (running) return;
    running = true;
    void backupToHost(host, db)
      .then((outcome) => {
        lastScheduled = { at: now().toISOString(), outcome };
        for (const l of listeners) l();
      })
      .finally(() => (running = false));
  });
}

/** One backup file, saved through the host (a download in the browser). */
export async function downloadBackup(
  host: HostBridge,
  db: AkimatDb,
  officeCode: string,
  passphrase: string,
  now = new Date(),
): Promise<{ ok: true; name: string } | { ok: false; detail: string }> {
  try {
    const name = backupFileName(officeCode, now);
    const file = await packBundle(await sealBundle(await exportDatabase(db, await appVersion(host), now), passphrase));
    const saved = await host.saveFile({
      suggestedName: name,
      mime: 'application/octet-stream',
      data: new Uint8Array(await file.arrayBuffer()),
    });
    return saved.ok ? { ok: true, name } : { ok: false, detail: saved.detail ?? saved.reason };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function restoreFromFile(db: AkimatDb, file: Blob, passphrase?: string): Promise<RestoreResult> {
  try {
    return await importAny(db, await unpackBundle(file), passphrase);
  } catch (error) {
    if (error instanceof NotABackupError) return { ok: false, problem: { kind: 'notBackup' } };
    if (error instanceof DamagedBackupError) return { ok: false, problem: { kind: 'corrupted', what: error.message } };
    return { ok: false, problem: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** The host checks the backup's manifest hashes first; the import checks everything again. */
export async function restoreFromHost(host: HostBridge, db: AkimatDb, id: string, passphrase?: string): Promise<RestoreResult> {
  if (!host.restoreBackup) return { ok: false, problem: { kind: 'failed', detail: 'no backups in this host' } };
  const answer = await host.restoreBackup(id);
  if (!answer.ok) {
    if (answer.reason === 'notFound') return { ok: false, problem: { kind: 'hostNotFound' } };
    if (answer.reason === 'failed') return { ok: false, problem: { kind: 'failed', detail: answer.detail ?? answer.reason } };
    return { ok: false, problem: { kind: 'hostCorrupted' } };
  }
  return importAny(db, { database: answer.database, attachments: answer.attachments }, passphrase);
}

/** What a restore would throw away: events and files not yet on the server (none on a PC never enrolled). */
export async function unsyncedBeforeRestore(db: AkimatDb): Promise<{ events: number; files: number } | null> {
  if (!(await leaveBlocker(db, 'reset'))) return null;
  return unsynced(db);
}
