// The schema steps on SQLite and PostgreSQL: a database made by the start-up code
// before schema_version (fixtures/pre-versioning-schema.sql) is upgraded in place
// with its rows, a fresh one gets every step, a newer one is refused untouched.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, type BackendResources, backendResources, serverEnv } from '../../testing/harness';
import { FIRST_RELEASE_SCHEMA, OLD_TABLES, PRE_VERSIONING_SCHEMA, rowsOf, schemaOf, versionsOf } from '../../testing/schema';
import { freePort } from '../../testing/server-process';
import type { SqlDriver } from '../driver';
import { openDriver, openStore, SchemaTooNewError } from '../index';
import { hashSecret, normaliseEnrollmentCode } from '../secrets';
import { currentVersion, LATEST_VERSION, MIGRATIONS, migrate } from './index';
import { tableExists } from './introspect';
import type { Migration } from './migration';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Starts the real server (main.ts) on the resources and waits for it to give up; its exit code and stderr. */
async function startServerExpectingExit(resources: BackendResources): Promise<{ status: number | null; stderr: string }> {
  const env = { ...process.env, ...serverEnv(resources), HOST: '127.0.0.1', PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'sync-server/src/main.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stderr: run.stderr };
}

/** Every old row is still there with every old value (later steps may add columns, hence a match, not equality). */
function expectRowsKept(after: Record<string, string[]>, before: Record<string, string[]>): void {
  for (const table of OLD_TABLES) {
    expect(
      after[table].map((r) => JSON.parse(r)),
      table,
    ).toMatchObject(before[table].map((r) => JSON.parse(r)));
  }
}

const CODE = 'ABCDE-FGHJK';
const AT = '2026-03-01T08:00:00.000Z';

/** A few rows in every table, written the way the old server stored them. */
async function seedOldRows(driver: SqlDriver, withRussianNames: boolean): Promise<void> {
  await driver.transaction('write', async (db) => {
    await db.run("UPDATE counters SET value = 2 WHERE name = 'serverSeq'");
    await db.run('INSERT INTO districts (code, name, created_at) VALUES (?, ?, ?)', ['D01', 'Ақсу ауданы', AT]);
    await db.run('INSERT INTO offices (code, name, district_code, created_at) VALUES (?, ?, ?, ?)', ['0101', 'Жансүгіров', 'D01', AT]);
    if (withRussianNames) await db.run("UPDATE offices SET name_ru = 'Жансугуров' WHERE code = '0101'");
    await db.run('INSERT INTO enrollment_codes (code_hash, office_code, district_code, expires_at) VALUES (?, ?, ?, ?)', [
      hashSecret(normaliseEnrollmentCode(CODE)),
      '0101',
      'D01',
      '2099-01-01T00:00:00.000Z',
    ]);
    await db.run(
      'INSERT INTO devices (id, kind, office_code, district_code, letter, name, token_hash, enrolled_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['0101-A', 'office', '0101', 'D01', 'A', 'Қабылдау', hashSecret('old-token'), AT, AT],
    );
    await db.run('INSERT INTO cases (case_id, office_code) VALUES (?, ?)', ['case-1', '0101']);
    await db.run(
      'INSERT INTO events (server_seq, id, case_id, device_id, seq, owner_office, type, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [1, 'ev-1', 'case-1', '0101-A', 1, '0101', 'registered', JSON.stringify({ id: 'ev-1', type: 'registered' }), AT],
    );
    await db.run('INSERT INTO attachments (sha256, size, received_at, device_id) VALUES (?, ?, ?, ?)', ['ab'.repeat(32), 10, AT, '0101-A']);
    await db.run('INSERT INTO case_attachments (case_id, sha256) VALUES (?, ?)', ['case-1', 'ab'.repeat(32)]);
    await db.run('INSERT INTO publications (server_seq, kind, version, data, published_at) VALUES (?, ?, ?, ?, ?)', [
      2,
      'calendar',
      '2026.1',
      JSON.stringify({ version: '2026.1', years: {} }),
      AT,
    ]);
  });
}

describe.each(BACKENDS)('schema migrations on %s', (backend) => {
  let resources: BackendResources;
  const drivers: SqlDriver[] = [];
  /** A connection outside any store, closed after the test. */
  const connect = () => {
    const driver = openDriver(resources);
    drivers.push(driver);
    return driver;
  };
  /** A database as the old start-up code left it, with rows in every table. */
  const oldDatabase = async (script: string, withRussianNames: boolean) => {
    const driver = connect();
    await driver.exec(script);
    await seedOldRows(driver, withRussianNames);
    return driver;
  };

  /** The schema of a database of its own, made by `make`. */
  const schemaMadeBy = async (make: (driver: SqlDriver) => Promise<unknown>) => {
    const other = await backendResources(backend);
    const driver = openDriver(other);
    try {
      await make(driver);
      return await schemaOf(driver);
    } finally {
      await driver.close();
      await other.dispose();
    }
  };
  const freshSchema = () => schemaMadeBy((driver) => migrate(driver));

  beforeEach(async () => {
    resources = await backendResources(backend);
  });
  afterEach(async () => {
    for (const driver of drivers.splice(0)) await driver.close();
    await resources?.dispose();
  });

  it('upgrades a database made before schema_version in place, keeping every row', async () => {
    const old = await oldDatabase(PRE_VERSIONING_SCHEMA, true);
    const rows = await rowsOf(old, OLD_TABLES);

    const store = await openStore(resources);
    try {
      expectRowsKept(await rowsOf(store.driver), rows);
      expect(await schemaOf(store.driver)).toEqual(await freshSchema());
      expect((await versionsOf(store.driver)).map((v) => [v.version, v.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));

      // And the server carries on from it: the old token, the unused code, the counter.
      const auth = await store.devices.authenticate('old-token');
      if (auth.kind !== 'ok') throw new Error(`the old device token is ${auth.kind}`);
      expect(auth.device).toMatchObject({ id: '0101-A', name: 'Қабылдау' });
      expect((await store.devices.enroll(CODE, 'new'))?.device.id).toBe('0101-B');
      expect(await store.admin.publish('calendar', '2026.2', { version: '2026.2', years: {} })).toBe(3);
      const page = await store.events.pull(auth.device, 0, 10);
      expect(page.events.map((e) => e.event.id)).toEqual(['ev-1']);
      expect(page.publications.map((p) => p.version)).toEqual(['2026.1', '2026.2']);
      expect((await store.admin.directory(auth.device)).offices[0].name).toEqual({ kk: 'Жансүгіров', ru: 'Жансугуров' });
    } finally {
      await store.close();
    }
  });

  it('adds the Russian names to a first-release database, and ends with the schema a fresh one gets', async () => {
    const old = await oldDatabase(FIRST_RELEASE_SCHEMA, false);
    const rows = await rowsOf(old, OLD_TABLES);
    const store = await openStore(resources);
    try {
      const after = await rowsOf(store.driver);
      expectRowsKept(after, rows);
      expect(after.offices.map((r) => JSON.parse(r).name_ru)).toEqual([null]);
      expect((await versionsOf(store.driver)).map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await schemaOf(store.driver)).toEqual(await freshSchema());
    } finally {
      await store.close();
    }
  });

  it('gives a fresh database every step and runs none twice', async () => {
    const fresh = await openStore(resources);
    const steps = await versionsOf(fresh.driver);
    await fresh.close();
    expect(steps.map((s) => s.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(steps.at(-1)?.version).toBe(LATEST_VERSION);

    const again = await openStore(resources);
    try {
      expect(await versionsOf(again.driver)).toEqual(steps);
      expect(await migrate(again.driver)).toBe(LATEST_VERSION);
      expect(await versionsOf(again.driver)).toEqual(steps);
    } finally {
      await again.close();
    }
  });

  it('makes with steps 001–002 exactly the schema the old start-up code made', async () => {
    const old = await schemaMadeBy((driver) => driver.exec(PRE_VERSIONING_SCHEMA));
    expect(await schemaMadeBy((driver) => migrate(driver, MIGRATIONS.slice(0, 2)))).toEqual(old);
  });

  it('rolls a failing step back whole and stays at the step before it', async () => {
    const driver = connect();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: async (db) => {
        await db.run('CREATE TABLE half_done (x TEXT)');
        throw new Error('step failed');
      },
    };
    await expect(migrate(driver, [...MIGRATIONS, broken])).rejects.toThrow('step failed');
    await driver.transaction('read', async (db) => {
      expect(await tableExists(db, driver.kind, 'half_done')).toBe(false);
      expect(await currentVersion(db)).toBe(LATEST_VERSION);
    });
  });

  it('refuses, untouched, a database a newer server has migrated: in openStore and when the server starts', async () => {
    const store = await openStore(resources);
    await store.admin.createDistrict('D01', 'Ақсу ауданы');
    await store.driver.transaction('write', (db) =>
      db.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [LATEST_VERSION + 7, 'from-the-future', AT]),
    );
    const rows = await rowsOf(store.driver);
    const schema = await schemaOf(store.driver);
    const steps = await versionsOf(store.driver);
    await store.close();

    const refusal = await openStore(resources).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SchemaTooNewError);
    expect((refusal as Error).message).toContain(
      `at version ${LATEST_VERSION + 7}, newer than this server knows (up to ${LATEST_VERSION})`,
    );

    const server = await startServerExpectingExit(resources);
    expect(server.status).toBe(1);
    expect(server.stderr.trim()).toBe(`The sync server did not start. ${(refusal as Error).message}`);

    const driver = connect();
    expect(await rowsOf(driver)).toEqual(rows);
    expect(await schemaOf(driver)).toEqual(schema);
    expect(await versionsOf(driver)).toEqual(steps);
  });
});

describe('the list of steps', () => {
  it('is numbered 1, 2, 3… in order, each with a distinct name', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });
});
