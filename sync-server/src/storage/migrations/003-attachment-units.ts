// Which units (offices, districts) uploaded each verified file, so a file is
// served, and may be named in an event, only where it came from or where a
// case that lists it is visible. Files already received count for the unit of
// the device that first sent them.
import { type Migration, runScript } from './migration';

export const attachmentUnits: Migration = {
  version: 3,
  name: 'attachment-units',
  up: (db) =>
    runScript(
      db,
      `CREATE TABLE attachment_units (
         sha256 TEXT NOT NULL, unit_kind TEXT NOT NULL, unit_code TEXT NOT NULL, PRIMARY KEY (sha256, unit_kind, unit_code));
       INSERT INTO attachment_units (sha256, unit_kind, unit_code)
         SELECT a.sha256, d.kind, CASE WHEN d.kind = 'office' THEN d.office_code ELSE d.district_code END
         FROM attachments a JOIN devices d ON d.id = a.device_id`,
    ),
};
