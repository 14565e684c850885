// What a PC reports, stored on SQLite and PostgreSQL and listed by the console: storage
// use and recent errors with a push, POST /report from a PC with nothing to push (which
// never clears the server's refusal of its last push), and reports refused or dropped.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS, MAX_STORAGE_BYTES, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import {
  BACKENDS,
  backendResources,
  type BackendResources,
  seedRegion,
  startServer,
  TestDevice,
  type TestServer,
} from '../testing/harness';
import { ConsoleClient } from './testing';

const GB = 1024 ** 3;
const errorAt = (minute: number) => ({
  at: `2026-11-30T01:${String(minute).padStart(2, '0')}:00.000Z`,
  source: 'boundary',
  screen: 'case',
  message: `Error: case page crashed (${minute})`,
});

describe.each(BACKENDS)('device reports on %s', (backend) => {
  let resources: BackendResources;
  let server: TestServer;
  let region: ConsoleClient;

  beforeAll(async () => {
    resources = await backendResources(backend);
    server = await startServer(resources);
    await seedRegion(server.store);
    region = await ConsoleClient.signedIn(server, 'region');
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await resources?.dispose();
  });

  const row = async (id: string) => {
    const body = (await region.call('GET', '/console/api/overview')).body as { devices: Record<string, unknown>[] };
    return body.devices.find((d) => d.id === id)!;
  };
  const report = (pc: TestDevice, diagnostics: unknown, deviceId = pc.deviceId) =>
    pc.request('POST', '/report', { protocol: PROTOCOL_VERSION, deviceId, sentAt: new Date().toISOString(), diagnostics });

  it('keeps the storage use and recent errors a push carries, as exact integers', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const errors = [errorAt(3), errorAt(2), errorAt(1)];
    const pushed = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      events: [pc.register(randomUUID())],
      diagnostics: {
        appVersion: '0.5.0',
        pendingEvents: 3,
        lastError: null,
        storage: { usedBytes: 2 ** 40 + 7, quotaBytes: MAX_STORAGE_BYTES },
        recentErrors: errors,
      },
    });
    expect(pushed.status).toBe(200);
    expect(await row(pc.deviceId)).toMatchObject({
      appVersion: '0.5.0',
      pendingEvents: 3,
      storageUsedBytes: 2 ** 40 + 7,
      storageQuotaBytes: MAX_STORAGE_BYTES,
      recentErrors: errors,
    });
  });

  it('takes a report from a PC with nothing to push, and keeps the refusal of its last push', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0102' });
    pc.seq += 4;
    const gap = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      events: [pc.register(randomUUID())],
    });
    expect(gap.status).toBe(409);
    const before = await row(pc.deviceId);
    expect(before).toMatchObject({ serverError: '409 seqGap', storageUsedBytes: null, recentErrors: [] });

    const answer = await report(pc, {
      appVersion: '0.5.1',
      pendingEvents: 0,
      lastError: null,
      storage: { usedBytes: Math.round(12.3 * 1024 * 1024), quotaBytes: 2 * GB },
      recentErrors: [errorAt(9)],
    });
    expect(answer).toMatchObject({ status: 200, body: { protocol: PROTOCOL_VERSION, serverTime: expect.any(String) } });
    const after = await row(pc.deviceId);
    expect(after).toMatchObject({
      appVersion: '0.5.1',
      pendingEvents: 0,
      storageUsedBytes: Math.round(12.3 * 1024 * 1024),
      storageQuotaBytes: 2 * GB,
      recentErrors: [errorAt(9)],
      serverError: '409 seqGap',
    });
    expect(String(after.lastSeenAt) >= String(before.lastSeenAt)).toBe(true);

    // A later report without a storage figure keeps the last one; its errors replace the old ones.
    expect((await report(pc, { appVersion: '0.5.1', pendingEvents: 0, recentErrors: [] })).status).toBe(200);
    expect(await row(pc.deviceId)).toMatchObject({ storageUsedBytes: Math.round(12.3 * 1024 * 1024), recentErrors: [] });
  });

  it('refuses a report out of bounds or for another device, and keeps nothing of it', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    expect((await report(pc, { appVersion: '0.6.0', storage: { usedBytes: 100, quotaBytes: 1000 } })).status).toBe(200);
    const refusals = [
      { storage: { usedBytes: -1, quotaBytes: 1000 } },
      { storage: { usedBytes: 1.5, quotaBytes: 1000 } },
      { storage: { usedBytes: MAX_STORAGE_BYTES + 1, quotaBytes: 1000 } },
      { recentErrors: Array.from({ length: MAX_REPORTED_ERRORS + 1 }, (_, i) => errorAt(i)) },
      { recentErrors: [{ ...errorAt(1), message: 'x'.repeat(301) }] },
    ];
    for (const diagnostics of refusals) {
      expect(await report(pc, { appVersion: '9.9.9', ...diagnostics })).toMatchObject({ status: 400, body: { code: 'badRequest' } });
    }
    expect(await report(pc, { appVersion: '9.9.9' }, '0101-A')).toMatchObject({ status: 403, body: { code: 'wrongDevice' } });
    expect(await row(pc.deviceId)).toMatchObject({ appVersion: '0.6.0', storageUsedBytes: 100, storageQuotaBytes: 1000 });
    const stranger = await fetch(`${server.url}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: pc.deviceId, diagnostics: {} }),
    });
    expect(stranger.status).toBe(401);
  });

  it('stores a push whose diagnostics it cannot read, without them', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const pushed = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      events: [pc.register(randomUUID())],
      diagnostics: { appVersion: '0.7.0', storage: { usedBytes: 'a lot' }, recentErrors: 'none' },
    });
    expect(pushed.status).toBe(200);
    expect(await row(pc.deviceId)).toMatchObject({ appVersion: null, storageUsedBytes: null, recentErrors: [], serverError: null });
  });
});
