// Where the app keeps its data. The folder is named by the appId, never by the
// product name, so renaming the product or updating it never moves IndexedDB.
import { join } from 'node:path';

export const APP_ID = 'kz.akimatdesk.app';

export interface DataFolderInput {
  /** Electron's app.getPath('appData'): %APPDATA% on Windows, ~/.config on Linux. */
  appDataDir: string;
  env: Record<string, string | undefined>;
}

/** The data folder: AKIMAT_DESK_DATA_DIR when set (tests, portable installs), else appData/<appId>. */
export function resolveDataFolder({ appDataDir, env }: DataFolderInput): string {
  const override = env.AKIMAT_DESK_DATA_DIR?.trim();
  if (override) return override;
  return join(appDataDir, APP_ID);
}

/** Sub-folders of the data folder the shell writes to. */
export function dataPaths(dataDir: string) {
  return {
    logs: join(dataDir, 'logs'),
    settings: join(dataDir, 'settings.json'),
    printSpool: join(dataDir, 'print-spool'),
    defaultBackups: join(dataDir, 'backups'),
  };
}
