// Backups and restores of this PC's database, through the host (a folder in
// Electron, a download in a browser) or from a chosen file.
import { db } from '@renderer/db/database';
import { host } from '@renderer/host/host';
import { backupToHost, downloadBackup, restoreFromFile, restoreFromHost } from './backup/service';

export const backUpToHost = () => backupToHost(host, db);

export const downloadBackupFile = (officeCode: string) => downloadBackup(host, db, officeCode);

export const restoreFromHostBackup = (backupId: string) => restoreFromHost(host, db, backupId);

export const restoreFromChosenFile = (file: File) => restoreFromFile(db, file);
