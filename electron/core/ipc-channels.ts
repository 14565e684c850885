// IPC channel names, shared by preload and main. Kept apart from the schemas so
// the sandboxed preload bundle carries no validation library.
export const CHANNELS = {
  appInfo: 'akimat:app-info',
  listPrinters: 'akimat:list-printers',
  printPdf: 'akimat:print-pdf',
  previewPdf: 'akimat:preview-pdf',
  choosePrinter: 'akimat:choose-printer',
  saveFile: 'akimat:save-file',
  backupNow: 'akimat:backup-now',
  listBackups: 'akimat:list-backups',
  restoreBackup: 'akimat:restore-backup',
  chooseBackupFolder: 'akimat:choose-backup-folder',
  /** The PC's sync server, token and district: main checks that district's update feed. */
  configureUpdates: 'akimat:configure-updates',
  /** The user agreed: restart into the downloaded update. */
  installUpdate: 'akimat:install-update',
  /** main → renderer: the update state changed (downloading, ready to install…). */
  updateState: 'akimat:update-state',
  /** main → renderer: a scheduled backup is due. */
  backupDue: 'akimat:backup-due',
  /** A renderer error (error boundary, window error, unhandled rejection) for the log file. */
  logError: 'akimat:log-error',
  /** A secret of the renderer kept by main with safeStorage (core/secret-store.ts). */
  getSecret: 'akimat:get-secret',
  setSecret: 'akimat:set-secret',
} as const;
