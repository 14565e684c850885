// Two server instances against one PostgreSQL database, pushed to and pulled
// from at the same time: no event lost, none stored twice, server numbers unique
// and gapless, and a reader pulling during the pushes misses nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { type BackendResources, backendResources, seedRegion, startServer, TestDevice, type TestServer } from './testing/harness';

// SQLite is one file used by one server process by design (the default single-machine
// deployment); running several instances is what the PostgreSQL storage is for.
describe('two server instances on one PostgreSQL database', () => {
  let resources: BackendResources;
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    resources = await backendResources('postgres');
    one = await startServer(resources);
    two = await startServer(resources);
    await seedRegion(one.store);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await resources?.dispose();
  });

  it('stores every event exactly once while devices push to both at once, resending batches to both', async () => {
    const devices = await Promise.all(Array.from({ length: 8 }, () => TestDevice.enroll(one.url, one.store, { officeCode: '0101' })));
    const perDevice = 120;
    const written = devices.map((d) =>
      Array.from({ length: perDevice / 2 }, () => randomUUID()).flatMap((caseId) => [
        d.register(caseId),
        d.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false }),
      ]),
    );

    const reader = await TestDevice.enroll(two.url, two.store, { officeCode: '0101' });
    let pushing = true;
    const readerLoop = (async () => {
      while (pushing) {
        reader.baseUrl = reader.baseUrl === one.url ? two.url : one.url;
        await reader.pullAll(50);
      }
      await reader.pullAll(50);
    })();

    await Promise.all(
      devices.map(async (d, i) => {
        const events = written[i];
        for (let start = 0; start < events.length; start += 20) {
          const batch = { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, events: events.slice(start, start + 20) };
          // The same batch to both instances at once, as a client retrying through a load balancer might.
          const answers = await Promise.all([
            d.request<PushResponse>('POST', '/push', batch),
            new TestDevice(two.url).request<PushResponse>('POST', '/push', batch, { authorization: `Bearer ${d.token}` }),
          ]);
          expect(answers.map((a) => a.status)).toEqual([200, 200]);
          const statuses = answers.flatMap((a) => a.body.accepted.map((x) => x.status));
          expect(statuses.filter((s) => s === 'stored')).toHaveLength(batch.events.length);
        }
      }),
    );
    pushing = false;
    await readerLoop;

    const dump = await one.store.exportAll();
    const events = dump.events as { id: string; server_seq: number }[];
    expect(events).toHaveLength(devices.length * perDevice);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const seqs = events.map((e) => Number(e.server_seq)).sort((a, b) => a - b);
    expect(seqs[seqs.length - 1] - seqs[0] + 1).toBe(seqs.length);
    for (const list of written) for (const e of list) expect(reader.pulled.has(e.id)).toBe(true);
    expect(reader.pulledTotal).toBe(reader.pulled.size);
  }, 60_000);
});
