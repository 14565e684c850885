// Uploads cannot eat the server: a per-device quota of bytes in flight, and
// abandoned uploads expire. Every database with every attachment store.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACHMENT_SETUPS,
  type BackendResources,
  backendResources,
  seedRegion,
  setupName,
  startServer,
  TestDevice,
  type TestServer,
} from './testing/harness';

const QUOTA = 1024 * 1024;
const STORED_QUOTA = 1536 * 1024;

describe.each(ATTACHMENT_SETUPS.map((setup) => ({ ...setup, name: setupName(setup) })))(
  'upload limits on $name',
  ({ backend, attachments }) => {
    let resources: BackendResources;
    let server: TestServer;
    beforeAll(async () => {
      resources = await backendResources(backend, attachments);
      server = await startServer(resources, {
        uploads: { inFlightBytesPerDevice: QUOTA, storedBytesPerDevice: STORED_QUOTA, expiryMs: 3_600_000 },
      });
      await seedRegion(server.store);
    });
    afterAll(async () => {
      await server?.close();
      await resources?.dispose();
    });

    /** Starts a tus upload of `size` bytes for `bytes`' hash; returns the answer and the upload's URL. */
    async function create(device: TestDevice, bytes: Buffer) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const r = await fetch(`${server.url}/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${device.token}`,
          'tus-resumable': '1.0.0',
          'upload-length': String(bytes.length),
          'upload-metadata': `sha256 ${Buffer.from(sha).toString('base64')}`,
        },
      });
      const location = r.headers.get('location');
      return { status: r.status, text: await r.text(), url: location ? new URL(location, server.url).toString() : '' };
    }

    const send = (device: TestDevice, url: string, bytes: Buffer, offset = 0) =>
      fetch(url, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${device.token}`,
          'tus-resumable': '1.0.0',
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        },
        body: new Uint8Array(bytes),
      });

    it("refuses an upload past the device's quota of bytes in flight, in kk and ru, and frees it once one finishes", async () => {
      const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
      const b = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
      const first = randomBytes(600 * 1024);
      const started = await create(a, first);
      expect(started.status).toBe(201);
      const refused = await create(a, randomBytes(600 * 1024));
      expect(refused.status).toBe(413);
      const body = JSON.parse(refused.text);
      expect(body).toMatchObject({ code: 'quotaExceeded', quota: 'inFlight', limitBytes: QUOTA });
      expect(body.message.kk).toContain('1 MB');
      expect(body.message.ru).toContain('незавершённых загрузок');
      // Another device has its own quota.
      expect((await create(b, randomBytes(600 * 1024))).status).toBe(201);
      // The first upload finishes: its bytes no longer count.
      expect((await send(a, started.url, first)).status).toBe(204);
      expect(await server.store.uploads.bytesInFlight(a.deviceId)).toBe(0);
      expect((await create(a, randomBytes(600 * 1024))).status).toBe(201);
    });

    it('refuses an upload that would take the device past its stored quota, when one is set', async () => {
      const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
      const kept = randomBytes(900 * 1024);
      const started = await create(a, kept);
      expect((await send(a, started.url, kept)).status).toBe(204);
      const refused = await create(a, randomBytes(700 * 1024));
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'quotaExceeded', quota: 'stored', limitBytes: STORED_QUOTA });
      expect((await create(a, randomBytes(500 * 1024))).status).toBe(201);
    });

    it('deletes an upload abandoned past the expiry, and its place in the quota', async () => {
      const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0102' });
      const bytes = randomBytes(300 * 1024);
      const started = await create(a, bytes);
      expect((await send(a, started.url, bytes.subarray(0, 100 * 1024))).status).toBe(204);
      const id = started.url.split('/').pop()!;
      expect(await server.attachments.sweep()).toBe(0);
      expect(await server.attachments.files.listUploads()).toContain(id);

      expect(await server.attachments.sweep(Date.now() + 2 * 3_600_000)).toBeGreaterThanOrEqual(1);
      expect(await server.attachments.files.listUploads()).not.toContain(id);
      expect(await server.store.uploads.bytesInFlight(a.deviceId)).toBe(0);
      const resumed = await send(a, started.url, bytes.subarray(100 * 1024), 100 * 1024);
      expect([404, 410]).toContain(resumed.status);
    });
  },
);
