// A server restored from a backup between two PCs' syncs: the admin's restore
// starts a new epoch, the PCs follow client-core (resend from the server's
// expectedSeq, pull again from 0), and every event ends on the server exactly
// once and on every PC of the office. SQLite and PostgreSQL, each backup kind.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg_ from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/case/events';
import { runAdmin } from './admin/cli';
import { openStore } from './storage';
import { BACKENDS, type BackendResources, backendResources, seedRegion, startServer, TestDevice, type TestServer } from './testing/harness';

const CASES = [
  { backend: 'sqlite' as const, format: 'sqlite' },
  { backend: 'sqlite' as const, format: 'json' },
  { backend: 'postgres' as const, format: 'sql' },
  { backend: 'postgres' as const, format: 'json' },
];

describe.each(CASES)('restore of a $format backup on $backend', ({ backend, format }) => {
  let resources: BackendResources;
  let server: TestServer;
  beforeAll(async () => {
    resources = await backendResources(backend);
    server = await startServer(resources);
    await seedRegion(server.store);
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await resources?.dispose();
  });

  const written: CaseEvent[] = [];
  const writeCases = (device: TestDevice, count: number) => {
    for (let i = 0; i < count; i++) {
      const caseId = randomUUID();
      const events = [device.register(caseId), device.write(caseId, 'consentRecorded', { signedBy: 'Айгүл' })];
      device.queue(...events);
      written.push(...events);
    }
  };
  const sync = async (device: TestDevice) => {
    await device.pushAll({ retryDelayMs: 10 });
    await device.pullAll();
  };

  it('ends with every event on the server exactly once and on every PC', async () => {
    const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const b = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    // c only reads: after the restore its cursor is past the server's numbers.
    const c = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    writeCases(a, 3);
    writeCases(b, 2);
    for (const d of [a, b, c]) await sync(d);

    const backup = join(resources.dataDir, `backup.${format}`);
    const lines: string[] = [];
    const admin = (store: typeof server.store, ...argv: string[]) => runAdmin(argv, store, (l) => lines.push(l));
    expect(await admin(server.store, 'backup', backup)).toBe(0);
    const before = await server.store.epoch.current();

    // Written and acknowledged after the backup: the restore loses them on the server.
    writeCases(a, 4);
    writeCases(b, 3);
    for (const d of [a, b, c]) await sync(d);
    expect(c.cursor).toBeGreaterThan(0);

    await server.close();
    const store = await openStore(resources);
    expect(await admin(store, 'restore', backup)).toBe(0);
    expect(lines.at(-1)).toContain('Восстановлено из резервной копии');
    const after = await store.epoch.current();
    expect((await store.counts()).events).toBe(10);
    await store.close();
    expect(after).not.toBe(before);

    server = await startServer(resources);
    for (const d of [a, b, c]) d.baseUrl = server.url;
    writeCases(b, 1);
    writeCases(a, 1);
    for (const d of [b, a, c, b]) await sync(d);

    expect(a.recoveries).toBeGreaterThan(0);
    expect(b.recoveries).toBeGreaterThan(0);
    expect(c.recoveries).toBeGreaterThan(0);
    const events = (await server.store.exportAll()).events as { id: string }[];
    expect(events.map((e) => e.id).sort()).toEqual(written.map((e) => e.id).sort());
    for (const d of [a, b, c]) {
      expect(d.outbox.size).toBe(0);
      expect([...d.pulled.keys()].sort()).toEqual(written.map((e) => e.id).sort());
    }
    for (const d of [a, b, c]) expect(d.epoch).toBe(after);
  }, 60_000);
});

describe.each(BACKENDS)('a restore done by hand on %s', (backend) => {
  let resources: BackendResources;
  let server: TestServer;
  beforeAll(async () => {
    resources = await backendResources(backend);
    server = await startServer(resources);
    await seedRegion(server.store);
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await resources?.dispose();
  });

  it('is noticed from the high-water mark: a new epoch, one line, and a reading PC pulls again', async () => {
    const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const reader = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const first = [randomUUID(), randomUUID()].flatMap((caseId) => [a.register(caseId)]);
    a.queue(...first);
    await a.pushAll();
    const backup = join(resources.dataDir, backend === 'sqlite' ? 'by-hand.sqlite' : 'by-hand.sql');
    expect(await runAdmin(['backup', backup], server.store, () => undefined)).toBe(0);
    const later = [randomUUID(), randomUUID(), randomUUID()].map((caseId) => a.register(caseId));
    a.queue(...later);
    await a.pushAll();
    await reader.pullAll();
    const epoch = reader.epoch;
    await server.close();

    // Put back without the admin CLI: the backup still carries the old epoch.
    if (backend === 'sqlite') {
      for (const suffix of ['-wal', '-shm']) rmSync(join(resources.dataDir, `sync.sqlite${suffix}`), { force: true });
      copyFileSync(backup, join(resources.dataDir, 'sync.sqlite'));
    } else {
      const pg = new pg_.Client({ connectionString: resources.databaseUrl });
      await pg.connect();
      await pg.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await pg.end();
      expect(spawnSync('psql', ['--dbname', resources.databaseUrl!, '-v', 'ON_ERROR_STOP=1', '--quiet', '--file', backup]).status).toBe(0);
    }

    server = await startServer(resources);
    expect(server.store.lossDetected).toMatch(/went back in time: its last server number is \d+, but this server had reached \d+/);
    reader.baseUrl = a.baseUrl = server.url;
    await reader.pullAll();
    expect(reader.epoch).not.toBe(epoch);
    expect(reader.recoveries).toBe(1);
    // The writer, with nothing new to push, meets the epoch in its pull, resends what the restore lost, and the reader gets it.
    await a.pullAll();
    await a.pushAll({ retryDelayMs: 10 });
    await reader.pullAll();
    const ids = ((await server.store.exportAll()).events as { id: string }[]).map((e) => e.id).sort();
    expect(ids).toEqual([...first, ...later].map((e) => e.id).sort());
    expect([...reader.pulled.keys()].sort()).toEqual(ids);
  }, 60_000);
});
