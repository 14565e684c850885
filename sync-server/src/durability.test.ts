// Acknowledged means kept: the server process SIGKILLed at many points during
// pushes loses no acknowledged event (SQLite and PostgreSQL); a damaged SQLite
// write-ahead log is said in one line and the PCs put the lost events back; a
// damaged database file refuses to start in one line.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../shared/case/events';
import { openStore } from './storage';
import { type BackendResources, BACKENDS, backendResources, seedRegion, serverEnv, TestDevice } from './testing/harness';
import { freePort, ServerProcess } from './testing/server-process';

let resources: BackendResources | undefined;
let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill();
  await resources?.dispose();
  server = resources = undefined;
});

async function setUp(backend: 'sqlite' | 'postgres'): Promise<{ code: () => Promise<string> }> {
  resources = await backendResources(backend);
  const store = await openStore(resources);
  await seedRegion(store);
  await store.close();
  server = new ServerProcess(await freePort(), serverEnv(resources));
  await server.start();
  return {
    async code() {
      const s = await openStore(resources!);
      try {
        return await s.admin.issueEnrollmentCode({ officeCode: '0101' });
      } finally {
        await s.close();
      }
    },
  };
}

async function storedIds(): Promise<string[]> {
  const store = await openStore(resources!);
  try {
    return ((await store.exportAll()).events as { id: string }[]).map((e) => e.id);
  } finally {
    await store.close();
  }
}

function casesOf(device: TestDevice, count: number): CaseEvent[] {
  return Array.from({ length: count }, () => randomUUID()).flatMap((caseId) => [
    device.register(caseId),
    device.write(caseId, 'consentRecorded', { signedBy: 'Айгүл' }),
  ]);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BACKENDS)('acknowledged pushes survive SIGKILL, on %s', (backend) => {
  it('keeps every acknowledged event through kills at many points of a stream of pushes', async () => {
    const { code } = await setUp(backend);
    const device = new TestDevice(server!.url);
    const answer = await device.enroll(await code());
    device.unit = answer.scope.kind === 'office' ? answer.scope.officeCode : '';
    const events = casesOf(device, 300);
    device.queue(...events);
    const pushing = device.pushAll({ maxEvents: 20, retryDelayMs: 50, maxAttempts: 2000 });

    const leftAtKill: number[] = [];
    for (let kill = 0; kill < 6; kill++) {
      await pause(60 + kill * 37);
      await server!.kill();
      leftAtKill.push(device.outbox.size);
      // What the server acknowledged before dying must all be there.
      const acknowledged = [...device.sent.keys()];
      const stored = new Set(await storedIds());
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      await server!.start();
    }
    await pushing;
    // The kills came in the middle of the stream, not after it.
    expect(leftAtKill[0]).toBeGreaterThan(0);
    const stored = await storedIds();
    expect(stored.length).toBe(events.length);
    expect(new Set(stored).size).toBe(events.length);
  }, 120_000);
});

describe('a damaged SQLite write-ahead log', () => {
  it('is said in one line, kept aside, starts a new epoch, and the PC puts the lost events back', async () => {
    const { code } = await setUp('sqlite');
    const device = new TestDevice(server!.url);
    const answer = await device.enroll(await code());
    device.unit = answer.scope.kind === 'office' ? answer.scope.officeCode : '';
    const events = casesOf(device, 150);
    device.queue(...events);
    await device.pushAll({ maxEvents: 25 });
    await device.pullAll();
    const epoch = device.epoch;
    await server!.kill();

    // A byte flipped in a frame in the middle of the log: SQLite would drop every commit after it.
    const wal = join(resources!.dataDir, 'sync.sqlite-wal');
    const bytes = readFileSync(wal);
    const pageSize = bytes.readUInt32BE(8);
    const frames = Math.floor((bytes.length - 32) / (24 + pageSize));
    bytes[32 + Math.floor(frames / 2) * (24 + pageSize) + 24 + 100] ^= 0xff;
    writeFileSync(wal, bytes);

    server!.output = '';
    await server!.start();
    const lines = server!.output.split('\n').filter((l) => l.includes('write-ahead log was damaged'));
    expect(lines).toHaveLength(1);
    expect(readdirSync(resources!.dataDir).some((f) => f.startsWith('sync.sqlite-wal.damaged-'))).toBe(true);
    expect((await storedIds()).length).toBeLessThan(events.length);

    // The PC follows client-core: a new epoch, a probe, a seqGap, a resend.
    const more = casesOf(device, 5);
    device.queue(...more);
    await device.pushAll({ retryDelayMs: 10 });
    await device.pullAll();
    expect(device.epoch).not.toBe(epoch);
    const stored = await storedIds();
    expect(stored.sort()).toEqual([...events, ...more].map((e) => e.id).sort());
  }, 60_000);

  it('a damaged database file stops the server with one line instead of starting on it', async () => {
    await setUp('sqlite');
    await server!.kill();
    const file = join(resources!.dataDir, 'sync.sqlite');
    const s = await openStore(resources!);
    await s.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    writeFileSync(file, bytes);
    server!.output = '';
    expect(await server!.startAndExit()).toBe(1);
    const said = server!.output.trim().split('\n');
    expect(said, server!.output).toHaveLength(1);
    expect(said[0]).toMatch(/did not start\. The database .* is damaged/);
  }, 30_000);
});
