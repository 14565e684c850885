// A server restored from a backup between two PCs' syncs: the admin's restore
// starts a new epoch, the PCs follow client-core (resend from the server's
// expectedSeq, pull again from 0), and every event ends on the server exactly
// once and on every PC of the office. SQLite and PostgreSQL, each backup kind.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/case/events';
import { runAdmin } from './admin/cli';
import { openStore } from './storage';
import { type BackendResources, backendResources, seedRegion, startServer, TestDevice, type TestServer } from './testing/harness';

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
