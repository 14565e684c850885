// Electron main process: fixes the data folder, takes the single-instance lock,
// refuses to open data a newer version wrote, then opens the hardened window and
// serves the host bridge over IPC. Everything that can run without Electron
// lives in ../core and is unit-tested there.
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import { join } from 'node:path';
import { SecretStore } from '../core/secret-store';
import { mkdirSync } from 'node:fs';
import { dataPaths, resolveDataFolder } from '../core/data-folder';
import { LogFile } from '../core/log-file';
import { SettingsStore } from '../core/settings-store';
import { bilingual, shellText } from '../core/texts';
import { guardDataVersion } from '../core/version-guard';
import { Backups } from './backups';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { Updater } from './updater';
import type { PrintingDeps } from './printing';
import { appLocation, createMainWindow, hardenSession, hardenWebContents, openFolder } from './window';

// 1. The data folder is named by appId and set before anything touches storage,
//    so a product rename or an update never starts with an empty IndexedDB.
const dataDir = resolveDataFolder({ appDataDir: app.getPath('appData'), env: process.env });
const paths = dataPaths(dataDir);
app.setPath('userData', dataDir);

/** Shows why the app cannot start (both languages) and exits. */
function refuse(titleKey: 'downgradeTitle' | 'dataFolderTitle', message: string): void {
  dialog.showMessageBoxSync({
    type: 'error',
    title: `${shellText('kk', titleKey)} / ${shellText('ru', titleKey)}`,
    message,
    buttons: [bilingual('ok', undefined, ' / ')],
  });
  app.exit(1);
}

/** The downloaded update is installed only when the user agrees: restart now, or later (kept ready). */
async function askToInstallUpdate(version: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    title: bilingual('updateReadyTitle', undefined, ' / '),
    message: bilingual('updateReadyMessage', { version }),
    buttons: [bilingual('updateRestart', undefined, ' / '), bilingual('updateLater', undefined, ' / ')],
    defaultId: 0,
    cancelId: 1,
  };
  const window = BrowserWindow.getFocusedWindow();
  const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}

function openLog(): LogFile | undefined {
  try {
    mkdirSync(dataDir, { recursive: true });
    return new LogFile({ folder: paths.logs });
  } catch (error) {
    void app.whenReady().then(() => refuse('dataFolderTitle', bilingual('dataFolderMessage', { path: dataDir, detail: String(error) })));
    return undefined;
  }
}

// 2. One instance per data folder: a second start focuses the first window.
// A data folder that cannot be created gets its dialog (openLog) instead.
const gotLock = app.requestSingleInstanceLock();
const log = gotLock ? openLog() : undefined;
if (!gotLock) {
  app.quit();
} else if (log) {
  log.info(`start ${app.getVersion()} on ${process.platform} ${process.arch}, data ${dataDir}`);
  process.on('uncaughtException', (error) => log.error('uncaught exception', error));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', reason instanceof Error ? reason : String(reason)));

  const location = appLocation();
  let mainWindow: BrowserWindow | undefined;
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);

  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location, log));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    // 3. Downgrade guard: never let older code open a newer database.
    const check = guardDataVersion(dataDir, app.getVersion());
    if (!check.ok) {
      log.error('refused: data folder written by a newer version', check);
      refuse('downgradeTitle', bilingual('downgradeMessage', { dataVersion: check.dataVersion, appVersion: check.appVersion }));
      return;
    }
    if (check.previous && check.previous !== app.getVersion()) log.info(`updated from ${check.previous}`);

    const settings = new SettingsStore(paths.settings);
    const backups = new Backups({ settings, log, appVersion: app.getVersion(), defaultFolder: paths.defaultBackups });
    const printing: PrintingDeps = {
      spoolDir: paths.printSpool,
      settings,
      log,
      printerSource: () => currentWindow()?.webContents,
      pdfTestDir: process.env.AKIMAT_DESK_PRINT_TO_PDF_DIR || undefined,
    };
    hardenSession(location, log);
    // Only an installed app can update itself; a development run has no installer to replace.
    const updater = app.isPackaged
      ? new Updater({ appVersion: app.getVersion(), log, mainWindow: currentWindow, askToInstall: askToInstallUpdate })
      : undefined;
    registerIpc({
      appUrl: location.url,
      appInfo: { host: 'electron', version: app.getVersion(), platform: process.platform, dataDir },
      log,
      settings,
      printing,
      backups,
      mainWindow: currentWindow,
      updater,
      secrets: new SecretStore(join(dataDir, 'secrets.json'), safeStorage),
    });
    installMenu({
      mainWindow: currentWindow,
      backupNow: () => backups.requestNow(currentWindow()),
      chooseBackupFolder: () => void backups.chooseFolder(currentWindow()),
      openLogs: () => openFolder(paths.logs),
      dataDir,
    });
    mainWindow = createMainWindow(location, log);
    backups.schedule(currentWindow);
    app.on('before-quit', () => {
      backups.stop();
      log.info('quit');
    });
  });
}
