// Opens the store the settings ask for: PostgreSQL when DATABASE_URL is set, else a SQLite file.
import { join } from 'node:path';
import type { SqlDriver } from './driver';
import { DataFolderError, isUnwritable } from './errors';
import { checkHighWater } from './high-water';
import { PostgresDriver } from './postgres';
import { SqliteDriver } from './sqlite';
import { SqlStore } from './sql-store';

export interface StorageSettings {
  databaseUrl?: string;
  dataDir: string;
  /** The most events one case may hold; default MAX_CASE_EVENTS from the environment, else 2,000. */
  maxCaseEvents?: number;
}

export function openDriver(settings: StorageSettings): SqlDriver {
  return settings.databaseUrl ? new PostgresDriver(settings.databaseUrl) : new SqliteDriver(join(settings.dataDir, 'sync.sqlite'));
}

/**
 * The store with its schema brought up to date; refuses (and closes) a database it cannot run on.
 * A SQLite log that lost committed transactions, or a database behind the server's high-water mark (a
 * restore done by hand), starts a new epoch (PCs resend) and is said in `lossDetected`.
 */
export async function openStore(settings: StorageSettings): Promise<SqlStore> {
  const driver = openDriver(settings);
  const store = new SqlStore(driver, { maxCaseEvents: settings.maxCaseEvents });
  try {
    await store.migrate();
    if (driver instanceof SqliteDriver && driver.walDamage) {
      const { lostCommits, goodFrames, frames, keptAs } = driver.walDamage;
      const epoch = await store.epoch.renew(`write-ahead log damaged: ${lostCommits} commits lost`);
      store.lossDetected =
        `The database's write-ahead log was damaged: ${lostCommits} committed transaction(s) after frame ${goodFrames} of ${frames} could not be read ` +
        `(the log is kept as ${keptAs}). A new epoch ${epoch} started, so every PC resends what the server lost.`;
    }
    // A restore done by hand: the database is behind the mark this server left in DATA_DIR.
    store.lossDetected ??= await checkHighWater(store, settings.dataDir);
  } catch (error) {
    await store.close();
    if (isUnwritable(error)) throw new DataFolderError(settings.dataDir, error);
    throw error;
  }
  return store;
}

export { DatabaseDamagedError, DataFolderError } from './errors';
export { SchemaTooNewError } from './migrations';
export { SqlStore } from './sql-store';
export type * from './types';
