// Opens the store the settings ask for: PostgreSQL when DATABASE_URL is set, else a SQLite file.
import { join } from 'node:path';
import type { SqlDriver } from './driver';
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

/** The store with its schema brought up to date; refuses (and closes) a database it cannot run on. */
export async function openStore(settings: StorageSettings): Promise<SqlStore> {
  const store = new SqlStore(openDriver(settings), { maxCaseEvents: settings.maxCaseEvents });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export { SchemaTooNewError } from './migrations';
export { SqlStore } from './sql-store';
export type * from './types';
