// `npm run bench:sync [-- --soak=SECONDS --devices=N --offices=N --spread=MS --every=MS --backends=sqlite,postgres --profile=DIR]`:
// measures the sync server on SQLite and on PostgreSQL (durable storage):
//  1. one PC pushes 10,000 case events (≈1.6 KB each) in batches of 500, another pulls them;
//  2. 1,000 PCs over 100 offices sync at once, each starting within --spread ms (push 10 events, pull
//     the office), p95 per request;
//  3. a soak (60 s by default) where they keep syncing, each every --every ms (jittered), while the
//     server's memory is sampled;
// and, as the peer, PouchDB replicating the same 10,000 records to and from express-pouchdb
// (scripts/bench/pouch-peer.ts); and the floor: a bare server that checks nothing, on the same
// client (scripts/bench/floor-peer.ts). Prints figures and asserts nothing; the last lines are
// `ratio <backend> push+pull <x>`: our push + pull time over PouchDB's in the same run.
// --profile=DIR: the server runs under `node --cpu-prof` for the push and pull alone (no fleet,
// no soak, no peer) and writes its CPU profile into DIR when it stops; with --profile-fleet, the fleet's
// burst too.
import { parseArgs } from 'node:util';
import { PROTOCOL_VERSION } from '../shared/sync/protocol';
import { openStore } from '../sync-server/src/storage';
import { type Backend, backendResources, TestDevice } from '../sync-server/src/testing/harness';
import { freePort, ServerProcess } from '../sync-server/src/testing/server-process';
import { availableParallelism } from 'node:os';
import {
  cpuMsOf,
  eventsFor,
  fleetBurst,
  fleetDevice,
  machineBusyMs,
  ms,
  ownCpuMs,
  percentile,
  retries,
  rssMbOf,
  soak,
  timed,
} from './bench/fleet';
import { benchFloor } from './bench/floor-peer';
import { benchPouch } from './bench/pouch-peer';

const { values: args } = parseArgs({
  options: {
    soak: { type: 'string', default: '60' },
    devices: { type: 'string', default: '1000' },
    offices: { type: 'string', default: '100' },
    backends: { type: 'string', default: 'sqlite,postgres' },
    every: { type: 'string', default: '5000' },
    spread: { type: 'string', default: '5000' },
    profile: { type: 'string' },
    'profile-fleet': { type: 'boolean', default: false },
  },
});
const TOTAL = 10_000;
const cores = availableParallelism();
const BATCH = 500;
const DEVICES = Number(args.devices);
const OFFICES = Number(args.offices);
const SOAK_SECONDS = Number(args.soak);
const office = (i: number) => `${String(Math.floor(i / 100) + 1).padStart(2, '0')}${String(i % 100).padStart(2, '0')}`;

interface BackendFigures {
  pushMs: number;
  pullMs: number;
}

async function benchBackend(backend: Backend): Promise<BackendFigures> {
  const resources = await backendResources(backend);
  const store = await openStore(resources);
  await store.admin.createDistrict('D01', 'Бөлім');
  for (let i = 0; i < OFFICES; i++) await store.admin.createOffice(office(i), `Әкім аппараты ${i + 1}`, 'D01');
  // The first two PCs (writer and reader of the 10,000) are of an office of their own, outside the fleet.
  await store.admin.createOffice('9901', 'Әкім аппараты 9901', 'D01');
  const enrolled = [];
  for (let i = 0; i < DEVICES + 2; i++) {
    const officeCode = i < 2 ? '9901' : office(i % OFFICES);
    const answer = (await store.devices.enroll(await store.admin.issueEnrollmentCode({ officeCode }), `PC ${i}`))!;
    enrolled.push({ id: answer.device.id, token: answer.token, officeCode });
  }
  await store.close();

  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}/${backend}`] : [];
  const server = new ServerProcess(
    await freePort(),
    {
      DATA_DIR: resources.dataDir,
      LOG_LEVEL: 'warn',
      ...(resources.databaseUrl ? { DATABASE_URL: resources.databaseUrl } : {}),
    },
    undefined,
    profile,
  );
  await server.start();
  const pid = server.child!.pid!;
  // The writer and reader of the 10,000 use fetch, as the PouchDB peer's client does; the fleet's PCs node:http.
  const devices = enrolled.map((e, i) => fleetDevice(server.url, e.id, e.token, e.officeCode, i >= 2));
  try {
    // 1. One device pushes 10,000 events in batches of 500; another PC of the office pulls them, 1,000 a page.
    const [writer, reader] = [devices[0], devices[1]];
    const events = eventsFor(writer, TOTAL);
    const pushLatencies: number[] = [];
    const pushCpu = cpuMsOf(pid);
    const pushStart = performance.now();
    for (let i = 0; i < events.length; i += BATCH) {
      const body = { protocol: PROTOCOL_VERSION, deviceId: writer.deviceId, events: events.slice(i, i + BATCH) };
      const r = await timed(() => writer.request('POST', '/push', body), pushLatencies);
      if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    const pushMs = performance.now() - pushStart;
    const pushCpuMs = cpuMsOf(pid) - pushCpu;
    const pullLatencies: number[] = [];
    const pullCpu = cpuMsOf(pid);
    const pullStart = performance.now();
    for (;;) {
      const page = await timed(() => reader.pullPage(1000), pullLatencies);
      if (!page.more) break;
    }
    const pullMs = performance.now() - pullStart;
    const pullCpuMs = cpuMsOf(pid) - pullCpu;
    if (reader.pulled.size !== TOTAL) throw new Error(`pulled ${reader.pulled.size}`);
    const rate = (t: number) => Math.round(TOTAL / (t / 1000));
    console.log(`\n== ${backend} ==`);
    console.log(
      `push ${TOTAL} events (1 device, batches of ${BATCH}): ${ms(pushMs)}, ${rate(pushMs)} events/s, per batch p50 ${ms(percentile(pushLatencies, 50))} p95 ${ms(percentile(pushLatencies, 95))}; server CPU ${ms(pushCpuMs)}`,
    );
    console.log(
      `pull ${TOTAL} events (pages of 1000): ${ms(pullMs)}, ${rate(pullMs)} events/s, per page p50 ${ms(percentile(pullLatencies, 50))} p95 ${ms(percentile(pullLatencies, 95))}; server CPU ${ms(pullCpuMs)}`,
    );

    if (args.profile && !args['profile-fleet']) {
      await server.stop();
      // One profile a thread (tsx loads modules in a worker): the main thread's is the largest.
      console.log(`CPU profiles of the server: ${args.profile}/${backend}/`);
      return { pushMs, pullMs };
    }

    // 2. The whole fleet at once.
    const fleet = devices.slice(2);
    const burstCpu = cpuMsOf(pid);
    const [machineBefore, benchBefore] = [machineBusyMs(), ownCpuMs()];
    const burst = await fleetBurst(fleet, 10, Number(args.spread));
    const burstCpuMs = cpuMsOf(pid) - burstCpu;
    const [machineMs, benchMs] = [machineBusyMs() - machineBefore, ownCpuMs() - benchBefore];
    console.log(
      `${fleet.length} devices over ${OFFICES} offices, all starting within ${args.spread} ms, each pushing 10 events and pulling its office: ${ms(burst.burstMs)}, ` +
        `${burst.requests} requests, ${burst.pulled} events pulled, per request p50 ${ms(burst.p50)} p95 ${ms(burst.p95)} max ${ms(burst.max)} (pushes p95 ${ms(burst.pushP95)}, pulls ${ms(burst.pullP95)}); server CPU ${ms(burstCpuMs)}`,
    );
    console.log(
      `CPU during the burst, of ${ms(burst.burstMs * cores)} on ${cores} cores: server ${ms(burstCpuMs)}, ` +
        `this bench's simulated PCs ${ms(benchMs)}, everything else (the database, the system) ${ms(Math.max(0, machineMs - burstCpuMs - benchMs))}`,
    );
    console.log(`server RSS after the burst ${rssMbOf(pid).toFixed(0)} MB; connections retried so far: ${retries}`);
    if (args.profile) {
      await server.stop();
      console.log(`CPU profiles of the server: ${args.profile}/${backend}/`);
      return { pushMs, pullMs };
    }

    // 3. The soak.
    if (SOAK_SECONDS > 0) {
      const s = await soak(fleet, pid, SOAK_SECONDS, Number(args.every));
      const tenth = Math.max(1, Math.floor(s.rssMb.length / 10));
      const early = s.rssMb.slice(0, tenth);
      const late = s.rssMb.slice(-tenth);
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      console.log(
        `soak ${s.seconds} s (each device syncs every ~${args.every} ms): ${s.syncs} syncs, per request p95 ${ms(s.p95)}; ` +
          `server RSS first tenth ${avg(early).toFixed(0)} MB, last tenth ${avg(late).toFixed(0)} MB, max ${Math.max(...s.rssMb).toFixed(0)} MB; connections retried so far: ${retries}`,
      );
    }
    return { pushMs, pullMs };
  } finally {
    await server.kill();
    await resources.dispose();
  }
}

const results: [Backend, BackendFigures][] = [];
for (const backend of args.backends.split(',') as Backend[]) results.push([backend, await benchBackend(backend)]);
if (args.profile) process.exit(0);
const peerWriter = new TestDevice('http://unused');
peerWriter.deviceId = '0101-A';
peerWriter.unit = '0101';
const pouch = await benchPouch(eventsFor(peerWriter, TOTAL), BATCH);
const floor = await benchFloor(eventsFor(peerWriter, TOTAL), BATCH);
const clientAlone = await benchFloor(eventsFor(peerWriter, TOTAL), BATCH, 'client alone');
const overPouch = (r: BackendFigures) => ((r.pushMs + r.pullMs) / (pouch.pushMs + pouch.pullMs)).toFixed(2);
console.log('\n== ours / PouchDB (time ratio; below 1 means we are faster) ==');
for (const [backend, r] of results) {
  console.log(`${backend}: push ${(r.pushMs / pouch.pushMs).toFixed(2)}×, pull ${(r.pullMs / pouch.pullMs).toFixed(2)}×`);
}
// Below ours: a server that checks nothing, and one that does nothing at all (the client and the transfer alone).
console.log(`floor: push ${(floor.pushMs / pouch.pushMs).toFixed(2)}×, pull ${(floor.pullMs / pouch.pullMs).toFixed(2)}×`);
console.log(`client alone push+pull ${overPouch(clientAlone)} (a server that does nothing: the client and the transfer)`);
console.log(`floor push+pull ${overPouch(floor)} (a server that checks nothing)`);
for (const [backend, r] of results) console.log(`ratio ${backend} push+pull ${overPouch(r)}`);
process.exit(0);
