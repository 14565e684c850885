// Recovery after a server restore, on the PC: two office PCs sync, the server's
// database is put back to an earlier backup (the admin's `restore`, a new epoch),
// and the PCs follow client-core: resend from the server's expectedSeq, pull again
// from 0. Every event ends on the server exactly once and on both PCs.
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../../../sync-server/src/admin/cli';
import { openStore } from '../../../../sync-server/src/storage';
import {
  type BackendResources,
  backendResources,
  seedRegion,
  startServer,
  type TestServer,
} from '../../../../sync-server/src/testing/harness';
import type { AkimatDb } from '@renderer/db/schema';
import { enrollPc, nodeSyncDeps } from '@renderer/testing/sync-harness';
import { officePc, register } from '@renderer/testing/office-pc';
import { syncOnce } from './engine';
import { type DeviceIdentity, loadIdentity, loadStatus } from './state';

let resources: BackendResources;
let server: TestServer;
beforeAll(async () => {
  resources = await backendResources('sqlite');
  server = await startServer(resources);
  await seedRegion(server.store);
});
afterAll(async () => {
  await server?.close().catch(() => undefined);
  await resources?.dispose();
});

const ids = async (db: AkimatDb) => (await db.events.toCollection().primaryKeys()).map(String).sort();

describe('a server restored from a backup between two PCs’ syncs', () => {
  it('ends with every event on the server exactly once and on both PCs', async () => {
    const a = (await officePc('A', '0101')).db;
    const b = (await officePc('B', '0101')).db;
    await enrollPc(server, a, { officeCode: '0101' });
    await enrollPc(server, b, { officeCode: '0101' });
    await register(a);
    await register(b);
    for (const db of [a, b, a]) expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });

    const backup = join(resources.dataDir, 'backup.sqlite');
    const admin = (store: typeof server.store, ...argv: string[]) => runAdmin(argv, store, () => undefined);
    expect(await admin(server.store, 'backup', backup)).toBe(0);
    const before = await server.store.epoch.current();

    // Acknowledged after the backup: the restore loses them on the server.
    await register(a);
    await register(a);
    await register(b);
    for (const db of [a, b]) expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect((await loadStatus(b)).cursor).toBeGreaterThan(0);
    // Sent rows stay in the outbox with the epoch they were acknowledged in.
    expect((await a.outbox.toArray()).every((r) => r.state === 'sent' && r.epoch === before)).toBe(true);

    await server.close();
    const store = await openStore(resources);
    expect(await admin(store, 'restore', backup)).toBe(0);
    const after = await store.epoch.current();
    await store.close();
    expect(after).not.toBe(before);

    server = await startServer(resources);
    for (const db of [a, b]) {
      const identity = (await loadIdentity(db))!;
      await db.syncState.put({ ...identity, serverUrl: server.url } as DeviceIdentity);
    }
    // b writes again (its push meets a seqGap); a has nothing new (its pull meets the new epoch).
    await register(b);
    for (const db of [b, a, b]) expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });

    const onServer = ((await server.store.exportAll()).events as { id: string }[]).map((e) => e.id).sort();
    expect(new Set(onServer).size).toBe(onServer.length);
    const all = [...new Set([...(await ids(a)), ...(await ids(b))])].sort();
    expect(onServer).toEqual(all);
    for (const db of [a, b]) {
      expect(await ids(db)).toEqual(all);
      const status = await loadStatus(db);
      expect(status.epoch).toBe(after);
      expect(status.recoveries).toBeGreaterThan(0);
      expect(await db.outbox.where('state').notEqual('sent').count()).toBe(0);
    }
  }, 60_000);
});
