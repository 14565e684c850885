// IPC handlers: one per HostBridge method. Each checks that the call comes
// from the app's own page and validates its argument before doing anything.
import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { writeFileSync } from 'node:fs';
import type { z } from 'zod';
import type {
  AppInfo,
  BackupInfo,
  BackupOutcome,
  ChooseFolderOutcome,
  RestoreOutcome,
  SaveOutcome,
  UpdateState,
} from '../../shared/host/bridge';
import {
  backupIdSchema,
  backupRequestSchema,
  CHANNELS,
  choosePrinterSchema,
  isTrustedSender,
  noArguments,
  parseIpcArgument,
  previewRequestSchema,
  printRequestSchema,
  rendererErrorSchema,
  saveRequestSchema,
  secretNameSchema,
  setSecretSchema,
  updateFeedSchema,
} from '../core/ipc-contract';
import type { LogFile } from '../core/log-file';
import type { SecretStore } from '../core/secret-store';
import type { SettingsStore } from '../core/settings-store';
import { shellText } from '../core/texts';
import type { Backups } from './backups';
import type { Updater } from './updater';
import { listPrinters, previewPdf, printPdf, type PrintingDeps } from './printing';

export interface IpcDeps {
  appUrl: string;
  appInfo: AppInfo;
  log: LogFile;
  settings: SettingsStore;
  printing: PrintingDeps;
  backups: Backups;
  mainWindow: () => BrowserWindow | undefined;
  /** Updates over the sync server; absent where the app cannot update itself (not packaged). */
  updater?: Pick<Updater, 'configure' | 'install' | 'current'>;
  /** The renderer's secrets (device token, backup passphrase), encrypted with safeStorage. */
  secrets: SecretStore;
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function handle(deps: IpcDeps, channel: string, handler: Handler): void {
  ipcMain.handle(channel, async (event, ...args) => {
    const from = event.senderFrame?.url ?? '';
    if (!isTrustedSender(from, deps.appUrl)) {
      deps.log.warn(`ipc ${channel} refused from ${from.slice(0, 200)}`);
      throw new Error(`IPC ${channel} refused: untrusted sender`);
    }
    try {
      return await handler(event, ...args);
    } catch (error) {
      deps.log.error(`ipc ${channel} failed`, error);
      throw error;
    }
  });
}

/** Exactly one argument, validated; anything extra is refused too. */
function one<T extends z.ZodType>(channel: string, schema: T, args: unknown[]): z.output<T> {
  if (args.length !== 1) parseIpcArgument(channel, noArguments, args);
  return parseIpcArgument(channel, schema, args[0]);
}

export function registerIpc(deps: IpcDeps): void {
  handle(deps, CHANNELS.appInfo, async (_e, ...args) => {
    parseIpcArgument(CHANNELS.appInfo, noArguments, args);
    return deps.appInfo;
  });
  handle(deps, CHANNELS.listPrinters, async (_e, ...args) => {
    parseIpcArgument(CHANNELS.listPrinters, noArguments, args);
    return listPrinters(deps.printing);
  });
  handle(deps, CHANNELS.printPdf, async (_e, ...args) => printPdf(deps.printing, one(CHANNELS.printPdf, printRequestSchema, args)));
  handle(deps, CHANNELS.previewPdf, async (_e, ...args) => previewPdf(deps.printing, one(CHANNELS.previewPdf, previewRequestSchema, args)));
  handle(deps, CHANNELS.choosePrinter, async (_e, ...args) => {
    const { form, printer } = one(CHANNELS.choosePrinter, choosePrinterSchema, args);
    deps.settings.rememberPrinter(form, printer);
    deps.log.info(`printer for ${form}: ${printer}`);
    return { ok: true };
  });
  handle(deps, CHANNELS.saveFile, async (_e, ...args): Promise<SaveOutcome> => {
    const request = one(CHANNELS.saveFile, saveRequestSchema, args);
    const window = deps.mainWindow();
    const options = {
      title: `${shellText('kk', 'saveDialogTitle')} / ${shellText('ru', 'saveDialogTitle')}`,
      defaultPath: request.suggestedName,
    };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' };
    try {
      writeFileSync(choice.filePath, request.data);
      return { ok: true, path: choice.filePath };
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  });
  handle(
    deps,
    CHANNELS.backupNow,
    async (_e, ...args): Promise<BackupOutcome> => deps.backups.backupNow(one(CHANNELS.backupNow, backupRequestSchema, args)),
  );
  handle(deps, CHANNELS.listBackups, async (_e, ...args): Promise<BackupInfo[]> => {
    parseIpcArgument(CHANNELS.listBackups, noArguments, args);
    return deps.backups.list();
  });
  handle(
    deps,
    CHANNELS.restoreBackup,
    async (_e, ...args): Promise<RestoreOutcome> => deps.backups.restore(one(CHANNELS.restoreBackup, backupIdSchema, args)),
  );
  handle(deps, CHANNELS.chooseBackupFolder, async (_e, ...args): Promise<ChooseFolderOutcome> => {
    parseIpcArgument(CHANNELS.chooseBackupFolder, noArguments, args);
    return deps.backups.chooseFolder(deps.mainWindow());
  });
  handle(deps, CHANNELS.configureUpdates, async (_e, ...args): Promise<UpdateState> => {
    const feed = one(CHANNELS.configureUpdates, updateFeedSchema, args);
    return deps.updater ? deps.updater.configure(feed) : { state: 'idle' };
  });
  handle(deps, CHANNELS.getSecret, async (_e, ...args) => deps.secrets.get(one(CHANNELS.getSecret, secretNameSchema, args)));
  handle(deps, CHANNELS.setSecret, async (_e, ...args) => {
    const [name, value] = parseIpcArgument(CHANNELS.setSecret, setSecretSchema, args);
    const ok = deps.secrets.set(name, value);
    if (!ok) deps.log.warn(`secret ${name} not kept: the system offers no encryption`);
    return { ok };
  });
  handle(deps, CHANNELS.installUpdate, async (_e, ...args) => {
    parseIpcArgument(CHANNELS.installUpdate, noArguments, args);
    return deps.updater ? deps.updater.install() : { ok: false };
  });
  handle(deps, CHANNELS.logError, async (_e, ...args) => {
    const entry = one(CHANNELS.logError, rendererErrorSchema, args);
    deps.log.error(
      `renderer ${entry.source}${entry.screen ? ` on ${entry.screen}` : ''} (${entry.appVersion}): ${entry.message}`,
      entry.stack,
    );
    return { ok: true };
  });
}
