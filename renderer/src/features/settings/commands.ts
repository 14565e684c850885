// Backups and restores of this PC's database, through the host (a folder in
// Electron, a download in a browser) or from a chosen file.
import { db } from '@renderer/db/database';
import { host } from '@renderer/host/host';
import { backupToHost, downloadBackup, restoreFromFile, restoreFromHost } from './backup/service';

export const backUpToHost = (passphrase?: string) => backupToHost(host, db, passphrase);

export const downloadBackupFile = (officeCode: string, passphrase: string) => downloadBackup(host, db, officeCode, passphrase);

export const restoreFromHostBackup = (backupId: string, passphrase: string) => restoreFromHost(host, db, backupId, passphrase);

export const restoreFromChosenFile = (file: File, passphrase: string) => restoreFromFile(db, file, passphrase);
