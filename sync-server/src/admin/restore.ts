// `npm run admin -- restore <backup>`: puts a backup back, brings its schema up to
// date and starts a new server epoch, so every PC resends what the server lost
// and pulls again from the start. Run it with the server stopped.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresDriver } from '../storage/postgres';
import { SqliteDriver } from '../storage/sqlite';
import { type SqlStore, TABLES } from '../storage/sql-store';
import { say } from './texts';

export async function restore(store: SqlStore, target: string | undefined, log: (line: string) => void): Promise<number> {
  if (!target) {
    log(say('failed', { problem: 'restore <backup file: .sqlite, .sql or .json>' }));
    return 1;
  }
  const file = resolve(target);
  const header = readFileSync(file).subarray(0, 16).toString('latin1');
  let method: string;
  if (header.startsWith('SQLite format 3')) {
    if (!(store.driver instanceof SqliteDriver)) throw new Error('a SQLite backup can only be restored into a SQLite server');
    await restoreSqliteFile(store.driver, file);
    method = 'sqlite backup API';
  } else if (file.endsWith('.json')) {
    await restoreTables(store, JSON.parse(readFileSync(file, 'utf8')));
    method = 'JSON table copy';
  } else {
    if (!(store.driver instanceof PostgresDriver)) throw new Error('a SQL dump can only be restored into a PostgreSQL server');
    await restorePgDump(store.driver, file);
    method = 'psql';
  }
  await store.migrate();
  const epoch = await store.epoch.renew(`restore of ${file}`);
  log(say('restored', { method, source: file, epoch }));
  return 0;
}

/** Checks the copy, then SQLite's backup API copies it page by page over the live file, under SQLite's locks. */
async function restoreSqliteFile(driver: SqliteDriver, file: string): Promise<void> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = source.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the backup ${file} is damaged (${String(check)}); nothing was changed`);
    await source.backup(driver.file);
  } finally {
    source.close();
  }
}

/** A plain pg_dump (the backup command's own) into an emptied schema. */
async function restorePgDump(driver: PostgresDriver, file: string): Promise<void> {
  await driver.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  const r = spawnSync('psql', ['--dbname', driver.connectionString, '-v', 'ON_ERROR_STOP=1', '--quiet', '--file', file], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`psql could not restore ${file}: ${(r.stderr || r.error?.message || '').trim()}`);
}

/** The admin's JSON export (`exportAll`) back into the tables, all in one transaction. */
async function restoreTables(store: SqlStore, dump: Record<string, Record<string, unknown>[]>): Promise<void> {
  await store.driver.transaction('write', async (db) => {
    for (const table of [...TABLES].reverse()) if (table !== 'server_meta') await db.run(`DELETE FROM ${table}`);
    for (const table of TABLES) {
      if (table === 'server_meta') continue;
      for (const row of dump[table] ?? []) {
        const columns = Object.keys(row);
        if (!columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`a column name in ${table} is not one the server makes`);
        await db.run(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          columns.map((c) => row[c]),
        );
      }
    }
  });
}
