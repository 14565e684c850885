// The unit's staff roster comes from its stream (shared/unit): devices.roster_state
// records how far a device is bound by it — 0: enrolled before this step (it may
// still send what its earlier build wrote, then its imported records), 2: it has
// sent imports, 1: every event it sends is checked against the roster. Devices
// enrolled from now on start at 1.
import { type Migration, runScript } from './migration';

export const staffRoster: Migration = {
  version: 9,
  name: 'staff-roster',
  up: (db) =>
    runScript(
      db,
      `ALTER TABLE devices ADD COLUMN roster_state INTEGER NOT NULL DEFAULT 1;
UPDATE devices SET roster_state = 0`,
    ),
};
