// The console API: offices, codes with a QR a PC can enroll with, what PCs report at
// sync (version, pending events, clock, errors), revocation, publications checked
// with the CLI's schemas, and an administrator kept to their district.
import { randomUUID } from 'node:crypto';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR } from '../../../shared/calendar/calendar-data';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';
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

type Overview = {
  offices: { code: string; name: string; nameRu: string | null }[];
  devices: Record<string, unknown>[];
  publications: { kind: string; version: string }[];
  health: { silentOffices: { code: string }[]; erroredDevices: string[] };
};
const overview = async (client: ConsoleClient) => (await client.call('GET', '/console/api/overview')).body as unknown as Overview;

function decodeQr(dataUrl: string): string {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data;
}

describe.each(BACKENDS)('console API on %s', (backend) => {
  let resources: BackendResources;
  let server: TestServer;
  let region: ConsoleClient;
  let district: ConsoleClient;

  beforeAll(async () => {
    resources = await backendResources(backend);
    server = await startServer(resources);
    await seedRegion(server.store);
    region = await ConsoleClient.signedIn(server, 'region');
    district = await ConsoleClient.signedIn(server, 'aksu', 'D01');
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await resources?.dispose();
  });

  it('issues a code whose QR carries the server and the code, and a PC enrolls with it', async () => {
    const answer = await region.call('POST', '/console/api/codes', { officeCode: '0102', hours: 24 });
    expect(answer.status).toBe(200);
    const { code, qr } = answer.body as { code: string; qr: string };
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(JSON.parse(decodeQr(qr))).toEqual({ akimatDesk: 'enroll', server: server.url, code });
    const pc = new TestDevice(server.url);
    expect((await pc.enroll(code)).deviceId).toBe('0102-A');
  });

  it('shows what a PC reported at sync, keeps old clients working, and records refused pushes', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const sentAt = new Date(Date.now() + 5 * 60_000).toISOString();
    const pushed = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      sentAt,
      events: [pc.register(randomUUID())],
      diagnostics: { appVersion: '0.1.0', pendingEvents: 7, lastError: null },
    });
    expect(pushed.status).toBe(200);
    let row = (await overview(region)).devices.find((d) => d.id === pc.deviceId)!;
    expect(row).toMatchObject({
      appVersion: '0.1.0',
      pendingEvents: 7,
      clientError: null,
      serverError: null,
      lastSeenAt: expect.any(String),
    });
    expect(Number(row.clockSkewMs)).toBeGreaterThan(4 * 60_000);

    // An older client without diagnostics is still accepted.
    const old = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      events: [pc.register(randomUUID())],
    });
    expect(old.status).toBe(200);

    // A gap in seq is refused: the device shows the server's error and is listed in sync health.
    pc.seq += 5;
    const gap = await pc.request('POST', '/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: pc.deviceId,
      events: [pc.register(randomUUID())],
      diagnostics: { appVersion: '0.1.0', pendingEvents: 1, lastError: 'seqGap' },
    });
    expect(gap.status).toBe(409);
    const view = await overview(region);
    row = view.devices.find((d) => d.id === pc.deviceId)!;
    expect(row).toMatchObject({ serverError: '409 seqGap', clientError: 'seqGap', pendingEvents: 1 });
    expect(view.health.erroredDevices).toContain(pc.deviceId);
  });

  it('revokes a device, which can then no longer sync', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    expect((await region.call('POST', `/console/api/devices/${pc.deviceId}/revoke`, {})).body).toEqual({ revoked: true });
    const refused = await pc.request('GET', '/pull?cursor=0');
    expect(refused.status).toBe(401);
    expect((await overview(region)).devices.find((d) => d.id === pc.deviceId)?.revokedAt).toEqual(expect.any(String));
  });

  it('lists offices silent for days', async () => {
    const pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    const old = new Date(Date.now() - 10 * 86_400_000).toISOString();
    await server.store.console.recordSync(pc.deviceId, old);
    expect((await overview(region)).health.silentOffices.map((o) => o.code)).toContain('0201');
  });

  it('renames an office in kk and ru and imports the Almaty directory', async () => {
    const saved = await region.call('POST', '/console/api/offices', {
      code: '0201',
      name: 'Үшарал ҚО',
      nameRu: 'Ушаральский ГО',
      districtCode: 'D02',
    });
    expect(saved.status).toBe(200);
    expect((await overview(region)).offices.find((o) => o.code === '0201')).toMatchObject({ name: 'Үшарал ҚО', nameRu: 'Ушаральский ГО' });
    const imported = await region.call('POST', '/console/api/import-almaty', {});
    expect(imported.body).toMatchObject({ districts: expect.any(Number), offices: expect.any(Number) });
    expect((await overview(region)).offices.length).toBeGreaterThan(50);
  });

  it('checks a publication and names the field at fault before publishing', async () => {
    const broken = { ...BUNDLED_CALENDAR, version: '2026.9', years: { '2026': { transfers: [{ dayOff: '2026-02-30', decree: 'x' }] } } };
    const check = await region.call('POST', '/console/api/publications/check', { kind: 'calendar', data: broken });
    expect(check.body).toMatchObject({ ok: false, field: 'years.2026.transfers.0.dayOff' });
    expect((await region.call('POST', '/console/api/publications', { kind: 'calendar', data: broken })).status).toBe(422);
    const good = { ...BUNDLED_CALENDAR, version: '2026.9' };
    expect((await region.call('POST', '/console/api/publications/check', { kind: 'calendar', data: good })).body).toEqual({
      ok: true,
      version: '2026.9',
    });
    const published = await region.call('POST', '/console/api/publications', { kind: 'calendar', data: good });
    expect(published.body).toMatchObject({ ok: true, version: '2026.9', seq: expect.any(Number) });
    expect((await region.call('POST', '/console/api/publications', { kind: 'calendar', data: good })).status).toBe(409);
    expect((await overview(region)).publications[0]).toMatchObject({ kind: 'calendar', version: '2026.9' });
    const catalog = await region.call('POST', '/console/api/publications/check', { kind: 'catalog', data: { act: {}, entries: [{}] } });
    expect(catalog.body).toMatchObject({ ok: false, field: expect.stringContaining('act.') });
  });

  it("keeps a district administrator to the district's offices and devices", async () => {
    const view = await overview(district);
    expect(new Set(view.offices.map((o) => o.code.slice(0, 2)))).toEqual(new Set(['01']));
    expect(view.devices.every((d) => d.districtCode === 'D01')).toBe(true);
    const d02 = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    expect((await district.call('POST', `/console/api/devices/${d02.deviceId}/revoke`, {})).status).toBe(403);
    expect((await district.call('POST', '/console/api/codes', { officeCode: '0201' })).status).toBe(403);
    expect((await district.call('POST', '/console/api/offices', { code: '0299', name: 'X', districtCode: 'D02' })).status).toBe(403);
    expect((await district.call('POST', '/console/api/offices', { code: '0201', name: 'X', districtCode: 'D01' })).status).toBe(403);
    expect((await district.call('POST', '/console/api/districts', { code: 'D09', name: 'X' })).status).toBe(403);
    expect((await district.call('POST', '/console/api/import-almaty', {})).status).toBe(403);
    expect((await district.call('POST', '/console/api/publications', { kind: 'calendar', data: BUNDLED_CALENDAR })).status).toBe(403);
    expect((await district.call('POST', '/console/api/codes', { officeCode: '0101' })).status).toBe(200);
  });
});
