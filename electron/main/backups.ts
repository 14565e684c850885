// Local backups from the Electron side: the folder (default in the data
// folder, or one the user chose, e.g. a USB drive), the schedule that asks the
// renderer for an export when a backup is due, and restore.
import { dialog, type BrowserWindow } from 'electron';
import type { BackupInfo, BackupOutcome, BackupRequest, ChooseFolderOutcome, RestoreOutcome } from '../../shared/host/bridge';
import { isBackupDue, listBackups, readBackup, writeBackup } from '../core/backup';
import { CHANNELS } from '../core/ipc-contract';
import type { LogFile } from '../core/log-file';
import type { SettingsStore } from '../core/settings-store';
import { shellText } from '../core/texts';

const CHECK_EVERY_MS = 10 * 60 * 1000;

export class Backups {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: { settings: SettingsStore; log: LogFile; appVersion: string; defaultFolder: string }) {}

  folder(): string {
    return this.deps.settings.get().backup.folder ?? this.deps.defaultFolder;
  }

  backupNow(request: BackupRequest): BackupOutcome {
    const { keep } = this.deps.settings.get().backup;
    try {
      const result = writeBackup(request, { folder: this.folder(), appVersion: this.deps.appVersion, keep });
      this.deps.settings.update((s) => (s.backup.lastBackupAt = result.backup.createdAt));
      this.deps.log.info(`backup written ${result.backup.folder}`, {
        files: result.backup.files,
        bytes: result.backup.bytes,
        removed: result.removed,
      });
      return { ok: true, ...result };
    } catch (error) {
      // A pulled-out USB drive lands here; the renderer shows why and can retry.
      this.deps.log.error(`backup to ${this.folder()} failed`, error);
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  list(): BackupInfo[] {
    return listBackups(this.folder());
  }

  restore(id: string): RestoreOutcome {
    const outcome = readBackup(this.folder(), id);
    if (outcome.ok) this.deps.log.info(`restore ${id}: manifest verified`);
    else this.deps.log.warn(`restore ${id} refused`, { reason: outcome.reason, detail: outcome.detail });
    return outcome;
  }

  async chooseFolder(window: BrowserWindow | undefined): Promise<ChooseFolderOutcome> {
    const options = {
      title: `${shellText('kk', 'backupChooseFolder')} / ${shellText('ru', 'backupChooseFolder')}`,
      defaultPath: this.folder(),
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
    };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { ok: false, reason: 'cancelled' };
    this.deps.settings.update((s) => (s.backup.folder = folder));
    this.deps.log.info(`backup folder: ${folder}`);
    return { ok: true, folder };
  }

  /** Asks the renderer for an export whenever a backup is due (checked now and every 10 minutes). */
  schedule(window: () => BrowserWindow | undefined): void {
    const check = () => {
      const { lastBackupAt, intervalHours } = this.deps.settings.get().backup;
      const target = window();
      if (target && !target.isDestroyed() && isBackupDue(lastBackupAt, intervalHours)) target.webContents.send(CHANNELS.backupDue);
    };
    this.timer = setInterval(check, CHECK_EVERY_MS);
    this.timer.unref?.();
    setTimeout(check, 60_000).unref?.();
  }

  requestNow(window: BrowserWindow | undefined): void {
    window?.webContents.send(CHANNELS.backupDue);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
