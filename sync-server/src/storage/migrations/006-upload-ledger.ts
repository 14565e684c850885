// uploads: the uploads in progress, by device, so each device's bytes in flight
// are capped (shared by every server instance) and abandoned ones expire.
import { type Migration, runScript } from './migration';

export const uploadLedger: Migration = {
  version: 6,
  name: 'upload-ledger',
  up: (db) =>
    runScript(
      db,
      `CREATE TABLE uploads (upload_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, size BIGINT NOT NULL, created_at TEXT NOT NULL);
       CREATE INDEX uploads_device ON uploads (device_id)`,
    ),
};
