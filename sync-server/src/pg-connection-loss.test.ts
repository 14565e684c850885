// PostgreSQL's connections cut while devices push (a database restart, a failover,
// an administrator's pg_terminate_backend), the server a real child process: its
// connections pipeline their statements, so every statement in flight fails at once.
// The server answers those pushes with an error and stays up (a connection's error
// event nobody listened to used to end the process); the devices send them again,
// and in the end every event is stored exactly once, with gapless server numbers.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './storage';
import { type BackendResources, backendResources, serverEnv, seedRegion, TestDevice } from './testing/harness';
import { PG_ADMIN_URL } from './testing/pg';
import { freePort, ServerProcess } from './testing/server-process';

describe('PostgreSQL connections cut while devices push', () => {
  let resources: BackendResources;
  let server: ServerProcess;
  let codes: string[];

  beforeAll(async () => {
    resources = await backendResources('postgres');
    const store = await openStore(resources);
    await seedRegion(store);
    codes = await Promise.all(Array.from({ length: 7 }, () => store.admin.issueEnrollmentCode({ officeCode: '0101' })));
    await store.close();
    server = new ServerProcess(await freePort(), serverEnv(resources));
    await server.start();
  }, 30_000);
  afterAll(async () => {
    await server?.kill();
    await resources?.dispose();
  });

  it('loses no event and stores none twice; the server stays up and answers', async () => {
    const devices = codes.slice(0, 6).map(() => new TestDevice(server.url));
    for (const [i, d] of devices.entries()) {
      await d.enroll(codes[i]);
      d.unit = '0101';
      for (let n = 0; n < 40; n++) {
        const caseId = randomUUID();
        d.queue(d.register(caseId), d.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false }));
      }
    }
    const name = new URL(resources.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    const pushing = Promise.all(devices.map((d) => d.pushAll({ maxEvents: 4, maxAttempts: 200, retryDelayMs: 20 })));
    // Every connection of the server's database cut five times while the pushes run.
    let cut = 0;
    for (; cut < 5; cut++) {
      await new Promise((r) => setTimeout(r, 80));
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    }
    await pushing;
    await admin.end();

    expect(server.child!.exitCode).toBeNull();
    for (const d of devices) expect(d.outbox.size).toBe(0);
    // Still answering: another PC of the office pulls everything, each event once.
    const reader = new TestDevice(server.url);
    await reader.enroll(codes[6]);
    await reader.pullAll(100);
    expect(reader.pulled.size).toBe(devices.length * 80);
    expect(reader.pulledTotal).toBe(reader.pulled.size);
    const store = await openStore(resources);
    try {
      const events = (await store.exportAll()).events as { id: string; server_seq: number }[];
      expect(events).toHaveLength(devices.length * 80);
      const seqs = events.map((e) => Number(e.server_seq)).sort((a, b) => a - b);
      expect(seqs[seqs.length - 1] - seqs[0] + 1).toBe(seqs.length);
    } finally {
      await store.close();
    }
  }, 60_000);
});
