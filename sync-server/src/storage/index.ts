// Opens the store the settings ask for: PostgreSQL when DATABASE_URL is set, else a SQLite file.
import { join } from 'node:path';
import { PostgresDriver } from './postgres';
import { SqliteDriver } from './sqlite';
import { SqlStore } from './sql-store';

export interface StorageSettings {
  databaseUrl?: string;
  dataDir: string;
}

export async function openStore(settings: StorageSettings): Promise<SqlStore> {
  const driver = settings.databaseUrl ? new PostgresDriver(settings.databaseUrl) : new SqliteDriver(join(settings.dataDir, 'sync.sqlite'));
  const store = new SqlStore(driver);
  await store.migrate();
  return store;
}

export { SqlStore } from './sql-store';
export type * from './types';
