// For the schema tests: databases as the server made them before schema_version,
// and a database's schema and rows as plain data to compare, on SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import type { SqlDriver } from '../storage/driver';
import { TABLES } from '../storage/sql-store';

/** The old start-up code's schema: CREATE … IF NOT EXISTS, then the columns added since (the name_ru pair). */
export const PRE_VERSIONING_SCHEMA = readFileSync(
  new URL('../storage/migrations/fixtures/pre-versioning-schema.sql', import.meta.url),
  'utf8',
);

/** The first release's schema: the same without the columns added since. */
export const FIRST_RELEASE_SCHEMA = PRE_VERSIONING_SCHEMA.replace(/^ALTER TABLE .*$/gm, '');

/** The tables of those schemas. */
export const OLD_TABLES = [
  'counters',
  'districts',
  'offices',
  'enrollment_codes',
  'devices',
  'cases',
  'events',
  'attachments',
  'case_attachments',
  'publications',
];

/** Tables, columns, indexes and constraints, leaving out the schema_version bookkeeping. */
export function schemaOf(driver: SqlDriver): Promise<unknown> {
  return driver.transaction('read', async (db) => {
    if (driver.kind === 'sqlite') {
      // SQLite keeps each object's CREATE text (IF NOT EXISTS dropped, added columns appended).
      return db.all(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> 'schema_version' ORDER BY name",
      );
    }
    return {
      columns: await db.all(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name <> 'schema_version' ORDER BY table_name, ordinal_position`,
      ),
      indexes: await db.all(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> 'schema_version' ORDER BY indexname",
      ),
      constraints: await db.all(
        `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> 'schema_version' ORDER BY conname`,
      ),
    };
  });
}

/** Every row of the tables (by default all the store's), each as JSON, in a stable order. */
export function rowsOf(driver: SqlDriver, tables: readonly string[] = TABLES): Promise<Record<string, string[]>> {
  return driver.transaction('read', async (db) => {
    const out: Record<string, string[]> = {};
    for (const table of tables) out[table] = (await db.all(`SELECT * FROM ${table}`)).map((r) => JSON.stringify(r)).sort();
    return out;
  });
}

export function versionsOf(driver: SqlDriver): Promise<{ version: number; name: string; applied_at: string }[]> {
  return driver.transaction('read', (db) => db.all('SELECT version, name, applied_at FROM schema_version ORDER BY version'));
}
