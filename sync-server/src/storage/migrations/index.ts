// The server schema as numbered steps (001-initial.ts, 002-…), run at start-up,
// each in its own write transaction. schema_version records the steps a database
// has run; one made before that table existed is adopted (legacy.ts), one made
// by a newer server is refused untouched.
import type { Queryable, SqlDriver } from '../driver';
import { initial } from './001-initial';
import { russianNames } from './002-russian-names';
import { attachmentUnits } from './003-attachment-units';
import { consoleTables } from './004-console';
import { serverEpoch } from './005-server-epoch';
import { uploadLedger } from './006-upload-ledger';
import { caseShortCodes } from './007-case-short-codes';
import { caseState } from './008-case-state';
import { staffRoster } from './009-staff-roster';
import { deviceStorage } from './010-device-storage';
import { tableExists } from './introspect';
import { legacyVersion } from './legacy';
import type { Migration } from './migration';

/** Every step in order. A new one goes at the end, numbered one more than the last. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  russianNames,
  attachmentUnits,
  consoleTables,
  serverEpoch,
  uploadLedger,
  caseShortCodes,
  caseState,
  staffRoster,
  deviceStorage,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database schema is at version ${found}, newer than this server knows (up to ${known}): a newer server has upgraded it. ` +
        'Run that server version or a later one, or restore a backup taken before the upgrade. Nothing was changed.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Brings the database to the last of `migrations`; returns the version it is at. */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const latest = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
  let version = await driver.transaction('write', async (db) => {
    if (!(await tableExists(db, driver.kind, 'schema_version'))) {
      await db.run('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const found = await legacyVersion(db, driver.kind);
      for (const step of migrations) if (step.version <= found) await record(db, step);
    }
    const current = await currentVersion(db);
    if (current > latest) throw new SchemaTooNewError(current, latest);
    return current;
  });
  for (const step of migrations) {
    if (step.version <= version) continue;
    version = await driver.transaction('write', async (db) => {
      // Another server instance on the same database may have run it meanwhile (the write lock orders us).
      const current = await currentVersion(db);
      if (current >= step.version) return current;
      await step.up(db, driver.kind);
      await record(db, step);
      return step.version;
    });
  }
  return version;
}

export async function currentVersion(db: Queryable): Promise<number> {
  const row = await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_version');
  return Number(row?.version ?? 0);
}

async function record(db: Queryable, step: Migration): Promise<void> {
  await db.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [
    step.version,
    step.name,
    new Date().toISOString(),
  ]);
}
