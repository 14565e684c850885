// What a PC reports at sync grows by its storage use (bytes used and the browser's
// quota) and its last few renderer errors (JSON: time, source, screen, message).
import { type Migration, runScript } from './migration';

export const deviceStorage: Migration = {
  version: 10,
  name: 'device-storage',
  up: (db) =>
    runScript(
      db,
      `ALTER TABLE device_reports ADD COLUMN storage_used BIGINT;
ALTER TABLE device_reports ADD COLUMN storage_quota BIGINT;
ALTER TABLE device_reports ADD COLUMN recent_errors TEXT`,
    ),
};
