// The server as a real child process, killed with SIGKILL in the middle of a push
// and of an upload, then started again on the same data: nothing lost, nothing doubled.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './storage';
import { sha256OfStream } from './attachments/content-store';
import { openAttachmentStore } from './attachments/open';
import {
  ATTACHMENT_SETUPS,
  type BackendResources,
  BACKENDS,
  backendResources,
  serverEnv,
  type ServerResources,
  seedRegion,
  setupName,
  TestDevice,
  testConfig,
} from './testing/harness';
import { freePort, ServerProcess } from './testing/server-process';

async function startServerProcess(resources: ServerResources): Promise<ServerProcess> {
  const server = new ServerProcess(await freePort(), serverEnv(resources));
  await server.start();
  return server;
}

describe.each(BACKENDS)('server killed and restarted mid-push, on %s', (backend) => {
  let resources: BackendResources;
  let server: ServerProcess;
  let codes: string[];

  beforeAll(async () => {
    resources = await backendResources(backend);
    const store = await openStore(resources);
    await seedRegion(store);
    codes = [await store.admin.issueEnrollmentCode({ officeCode: '0101' }), await store.admin.issueEnrollmentCode({ officeCode: '0101' })];
    await store.close();
    server = await startServerProcess(resources);
  }, 30_000);
  afterAll(async () => {
    await server?.kill();
    await resources?.dispose();
  });

  async function storedEventsOf(deviceId: string): Promise<number> {
    const store = await openStore(resources);
    try {
      const dump = await store.exportAll();
      return dump.events.filter((e) => (e as { device_id: string }).device_id === deviceId).length;
    } finally {
      await store.close();
    }
  }

  it('loses and doubles nothing when killed mid-push', async () => {
    const device = new TestDevice(server.url);
    const answer = await device.enroll(codes[0]);
    device.unit = answer.scope.kind === 'office' ? answer.scope.officeCode : '';
    const events = Array.from({ length: 600 }, () => randomUUID()).flatMap((caseId) => [
      device.register(caseId),
      device.write(caseId, 'consentRecorded', { signedBy: 'Айгүл' }),
    ]);
    device.queue(...events);

    const pushing = device.pushAll({ maxEvents: 100, retryDelayMs: 100, maxAttempts: 200 });
    // Kill once the first batches are in, start again a moment later.
    while (device.outbox.size === events.length) await new Promise((r) => setTimeout(r, 5));
    await server.kill();
    const leftAtKill = device.outbox.size;
    await new Promise((r) => setTimeout(r, 300));
    await server.start();
    await pushing;

    expect(leftAtKill).toBeGreaterThan(0);
    expect(device.outbox.size).toBe(0);
    expect(await storedEventsOf(device.deviceId)).toBe(events.length);
    const reader = new TestDevice(server.url);
    await reader.enroll(codes[1]);
    await reader.pullAll(1000);
    const mine = [...reader.pulled.values()].filter((e) => e.device === device.deviceId);
    expect(mine).toHaveLength(events.length);
    expect(reader.pulledTotal).toBe(reader.pulled.size);
  }, 60_000);
});

describe.each(ATTACHMENT_SETUPS.map((setup) => ({ ...setup, name: setupName(setup) })))(
  'server killed and restarted mid-upload, on $name',
  ({ backend, attachments }) => {
    let resources: BackendResources;
    let server: ServerProcess;

    beforeAll(async () => {
      resources = await backendResources(backend, attachments);
      const store = await openStore(resources);
      await seedRegion(store);
      await store.close();
      server = await startServerProcess(resources);
    }, 30_000);
    afterAll(async () => {
      await server?.kill();
      await resources?.dispose();
    });

    it('resumes an upload after being killed mid-upload and keeps exactly one verified copy', async () => {
      const device = new TestDevice(server.url);
      const store = await openStore(resources);
      const code = await store.admin.issueEnrollmentCode({ officeCode: '0101' });
      await store.close();
      await device.enroll(code);
      // Over two S3 parts (5 MiB each), so the bucket holds a whole part when the kill comes.
      const bytes = randomBytes(12 * 1024 * 1024);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const path = join(resources.dataDir, 'scan-big.bin');
      await writeFile(path, bytes);

      let killed = false;
      let restarted: Promise<void> | undefined;
      const offsets: number[] = [];
      await device.uploadFile(path, sha, {
        chunkSize: 512 * 1024,
        retryDelays: [200, 400, 800, 1000, 1000, 2000, 2000, 2000, 3000, 3000],
        onProgress: (sent) => {
          offsets.push(sent);
          if (!killed && sent > bytes.length * 0.6) {
            killed = true;
            restarted = server
              .kill()
              .then(() => new Promise((r) => setTimeout(r, 300)))
              .then(() => server.start());
          }
        },
      });
      await restarted;

      expect(killed).toBe(true);
      const status = await device.request('GET', `/attachments/${sha}/status`);
      expect(status.body).toEqual({ sha256: sha, present: true, size: bytes.length });
      const files = openAttachmentStore(testConfig(resources));
      expect(await sha256OfStream(await files.read(sha))).toEqual({ sha256: sha, size: bytes.length });
      expect(await files.listUploads()).toEqual([]);
      // Resumed, not restarted: after the kill progress never fell back to the start.
      // On disk every received byte counts; S3 keeps whole 5 MiB parts, so the bytes
      // after the last whole part are sent again.
      const afterKill = offsets.slice(offsets.findIndex((o) => o > bytes.length * 0.6) + 1);
      expect(Math.min(...afterKill)).toBeGreaterThanOrEqual(attachments === 's3' ? 5 * 1024 * 1024 : bytes.length * 0.5);
    }, 90_000);
  },
);
