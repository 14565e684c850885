// The light probe against the real sync server (issue 14): the badge turns
// offline within a probe of the server stopping, a server that hangs counts as
// lost after the probe's timeout, and the loop is woken when it answers again.
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BackendResources,
  backendResources,
  seedRegion,
  startServer,
  type TestServer,
} from '../../../../sync-server/src/testing/harness';
import { enrollPc, nodeSyncDeps } from '@renderer/testing/sync-harness';
import { officePc } from '@renderer/testing/office-pc';
import { badgeState } from './badge-state';
import { syncOnce } from './engine';
import { nextProbeDelay, PROBE_MAX_MS, PROBE_MS, probeOnce, ReachabilityProbe } from './probe';
import { type DeviceIdentity, loadIdentity, loadStatus } from './state';
import { syncOverview } from './queries';

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

const nodeFetch = (input: string, init?: RequestInit) => fetch(input, init);

describe('reachability probe', () => {
  it('shows offline as soon as the server stops, and online again (waking sync) when it is back', async () => {
    const { db } = await officePc('A', '0101');
    await enrollPc(server, db, { officeCode: '0101' });
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect(await probeOnce(db, nodeFetch)).toBe('reachable');

    await server.close();
    const started = Date.now();
    expect(await probeOnce(db, nodeFetch)).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(2_500);
    expect((await loadStatus(db)).reachable).toBe(false);
    expect(badgeState(await syncOverview(db))).toBe('offline');

    server = await startServer(resources);
    const identity = (await loadIdentity(db))!;
    await db.syncState.put({ ...identity, serverUrl: server.url } as DeviceIdentity);
    let woken = 0;
    const probe = new ReachabilityProbe({ db, fetch: nodeFetch, busy: () => false, onBack: () => woken++ });
    expect(await probe.tick()).toBe('back');
    expect(woken).toBe(1);
    expect(badgeState(await syncOverview(db))).toBe('online');
    expect(await probe.tick()).toBe('reachable');
    expect(woken).toBe(1);
    probe.stop();
  });

  it('counts a server that takes the connection but never answers as lost after the timeout', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const { db } = await officePc('B', '0101');
    await enrollPc(server, db, { officeCode: '0101' });
    const identity = (await loadIdentity(db))!;
    await db.syncState.put({ ...identity, serverUrl: `http://127.0.0.1:${port}` } as DeviceIdentity);
    const started = Date.now();
    expect(await probeOnce(db, nodeFetch, 300)).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await loadStatus(db)).reachable).toBe(false);
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('does not probe during a sync run or before enrollment, and spaces out probes while offline', async () => {
    const { db } = await officePc('C', '0101');
    let asked = 0;
    const counting = (input: string, init?: RequestInit) => {
      asked++;
      return fetch(input, init);
    };
    expect(await probeOnce(db, counting)).toBe('notEnrolled');
    const busy = new ReachabilityProbe({ db, fetch: counting, busy: () => true, onBack: () => undefined });
    expect(await busy.tick()).toBe('busy');
    busy.stop();
    expect(asked).toBe(0);
    expect([0, 1, 2, 3, 10].map(nextProbeDelay)).toEqual([PROBE_MS, PROBE_MS * 2, PROBE_MS * 4, PROBE_MAX_MS, PROBE_MAX_MS]);
  });
});
