// `npm run bench:sync`: measures the sync server on SQLite and on PostgreSQL
// (push and pull of 10,000 events; 200 devices syncing at once) and, as a peer,
// PouchDB replicating the same 10,000 records to and from an express-pouchdb
// server. Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { CaseEvent } from '../shared/case/events';
import { PROTOCOL_VERSION } from '../shared/sync/protocol';
import { openStore } from '../sync-server/src/storage';
import { type Backend, backendResources, TestDevice } from '../sync-server/src/testing/harness';
import { freePort, ServerProcess } from '../sync-server/src/testing/server-process';

const TOTAL = 10_000;
const BATCH = 500;
const DEVICES = 200;
const CONCURRENCY = 50;
const OFFICES = 20;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function eventsFor(device: TestDevice, count: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  while (events.length < count) {
    const caseId = randomUUID();
    events.push(device.register(caseId), device.write(caseId, 'consentRecorded', { signedBy: 'Гүлнәр Өтемісова' }));
  }
  return events.slice(0, count);
}

async function timed<T>(fn: () => Promise<T>, into: number[]): Promise<T> {
  const t = performance.now();
  const result = await fn();
  into.push(performance.now() - t);
  return result;
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface BackendFigures {
  pushMs: number;
  pullMs: number;
  manyMs: number;
  manyEvents: number;
}

async function benchBackend(backend: Backend): Promise<BackendFigures> {
  const resources = await backendResources(backend);
  const store = await openStore(resources);
  await store.admin.createDistrict('D01', 'Бөлім');
  for (let i = 1; i <= OFFICES; i++) await store.admin.createOffice(`01${String(i).padStart(2, '0')}`, `Әкім аппараты ${i}`, 'D01');
  const codes = await Promise.all(
    Array.from({ length: DEVICES + 2 }, (_, i) =>
      store.admin.issueEnrollmentCode({ officeCode: `01${String((i % OFFICES) + 1).padStart(2, '0')}` }),
    ),
  );
  await store.close();

  const server = new ServerProcess(await freePort(), {
    DATA_DIR: resources.dataDir,
    LOG_LEVEL: 'warn',
    ...(resources.databaseUrl ? { DATABASE_URL: resources.databaseUrl } : {}),
  });
  await server.start();
  try {
    const enroll = async (code: string) => {
      const d = new TestDevice(server.url);
      const a = await d.enroll(code);
      d.unit = a.scope.kind === 'office' ? a.scope.officeCode : a.scope.districtCode;
      return d;
    };
    // 1. One device pushes 10,000 events in batches of 500.
    const writer = await enroll(codes[0]);
    const events = eventsFor(writer, TOTAL);
    const pushLatencies: number[] = [];
    const pushStart = performance.now();
    for (let i = 0; i < events.length; i += BATCH) {
      const r = await timed(
        () =>
          writer.request('POST', '/push', { protocol: PROTOCOL_VERSION, deviceId: writer.deviceId, events: events.slice(i, i + BATCH) }),
        pushLatencies,
      );
      if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    const pushMs = performance.now() - pushStart;

    // 2. Another PC of the office pulls them, 1,000 a page.
    const reader = await enroll(codes[OFFICES]);
    const pullLatencies: number[] = [];
    const pullStart = performance.now();
    for (;;) {
      const page = await timed(() => reader.pullPage(1000), pullLatencies);
      if (!page.more) break;
    }
    const pullMs = performance.now() - pullStart;
    if (reader.pulled.size !== TOTAL) throw new Error(`pulled ${reader.pulled.size}`);

    // 3. 200 devices over 20 offices: each pushes 50 events and pulls its office, 50 at a time.
    const devices: TestDevice[] = [];
    await pool(
      codes.filter((_, i) => i !== 0 && i !== OFFICES),
      CONCURRENCY,
      async (code) => void devices.push(await enroll(code)),
    );
    const perDevice = TOTAL / DEVICES;
    const manyLatencies: number[] = [];
    let manyPulled = 0;
    const manyStart = performance.now();
    await pool(devices, CONCURRENCY, async (d) => {
      const mine = eventsFor(d, perDevice);
      for (let i = 0; i < mine.length; i += 25) {
        const r = await timed(
          () => d.request('POST', '/push', { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, events: mine.slice(i, i + 25) }),
          manyLatencies,
        );
        if (r.status !== 200) throw new Error(`push ${r.status}`);
      }
      for (;;) {
        const page = await timed(() => d.pullPage(500), manyLatencies);
        manyPulled += page.events.length;
        if (!page.more) break;
      }
    });
    const manyMs = performance.now() - manyStart;
    const memory = rssOf(server.child!.pid!);

    console.log(`\n== ${backend} ==`);
    console.log(
      `push ${TOTAL} events (1 device, batches of ${BATCH}): ${ms(pushMs)}, ${Math.round(TOTAL / (pushMs / 1000))} events/s, per batch p50 ${ms(percentile(pushLatencies, 50))} p95 ${ms(percentile(pushLatencies, 95))}`,
    );
    console.log(
      `pull ${TOTAL} events (pages of 1000): ${ms(pullMs)}, ${Math.round(TOTAL / (pullMs / 1000))} events/s, per page p50 ${ms(percentile(pullLatencies, 50))} p95 ${ms(percentile(pullLatencies, 95))}`,
    );
    console.log(
      `${DEVICES} devices (${CONCURRENCY} in flight, ${OFFICES} offices), each pushing ${perDevice} events and pulling its office: ${ms(manyMs)}, ` +
        `${Math.round(TOTAL / (manyMs / 1000))} pushed events/s, ${manyPulled} events pulled, ${manyLatencies.length} requests, p50 ${ms(percentile(manyLatencies, 50))} p95 ${ms(percentile(manyLatencies, 95))}`,
    );
    console.log(`server RSS now ${memory.rssMb.toFixed(0)} MB, peak ${memory.peakMb.toFixed(0)} MB`);
    return { pushMs, pullMs, manyMs, manyEvents: TOTAL };
  } finally {
    await server.kill();
    await resources.dispose();
  }
}

/** The peer: PouchDB (memory) replicating to and from express-pouchdb (memory), the CouchDB protocol. */
async function benchPouch(): Promise<{ pushMs: number; pullMs: number }> {
  const require = createRequire(import.meta.url);
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'));
  const express = require('express');
  const app = express();
  app.use(
    '/',
    require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: '/dev/null',
    }),
  );
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench`;
    const device = new TestDevice('http://unused');
    device.deviceId = '0101-A';
    device.unit = '0101';
    const docs = eventsFor(device, TOTAL).map((e) => ({ _id: e.id, ...e }));
    const local = new PouchDB(`local-${randomUUID()}`, { adapter: 'memory' });
    await local.bulkDocs(docs);
    let t = performance.now();
    const pushed = await local.replicate.to(remote, { batch_size: BATCH });
    const pushMs = performance.now() - t;
    const fresh = new PouchDB(`fresh-${randomUUID()}`, { adapter: 'memory' });
    t = performance.now();
    const pulled = await fresh.replicate.from(remote, { batch_size: 1000 });
    const pullMs = performance.now() - t;
    console.log(`\n== PouchDB peer (pouchdb-core 9 memory ⇄ express-pouchdb 4.2 memory) ==`);
    console.log(`replicate ${pushed.docs_written} docs to the server: ${ms(pushMs)}, ${Math.round(TOTAL / (pushMs / 1000))} docs/s`);
    console.log(`replicate ${pulled.docs_written} docs from the server: ${ms(pullMs)}, ${Math.round(TOTAL / (pullMs / 1000))} docs/s`);
    return { pushMs, pullMs };
  } finally {
    server.close();
  }
}

const results: Partial<Record<Backend, BackendFigures>> = {};
for (const backend of ['sqlite', 'postgres'] as const) results[backend] = await benchBackend(backend);
const pouch = await benchPouch();
console.log('\n== ours / PouchDB (time ratio; below 1 means we are faster) ==');
for (const [backend, r] of Object.entries(results)) {
  console.log(`${backend}: push ${(r!.pushMs / pouch.pushMs).toFixed(2)}×, pull ${(r!.pullMs / pouch.pullMs).toFixed(2)}×`);
}
process.exit(0);
