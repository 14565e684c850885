// Many PCs syncing at once against one server: every device pushes a batch and
// pulls its office to the end, all at the same moment; then a soak where they
// keep syncing every few seconds while the server's memory is sampled.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CaseEvent } from '../../shared/case/events';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { TestDevice } from '../../sync-server/src/testing/harness';
import { LightDevice } from './light-device';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** CPU time (user + system) a process has used so far, in ms: steadier than wall time on a shared machine. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time the whole machine has spent busy so far (every core, every process), in ms. */
export function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
  const busy = ticks.slice(0, 8).reduce((a, b) => a + b, 0) - ticks[3] - ticks[4];
  return (busy * 1000) / 100;
}

/** CPU time this process (the bench, its simulated PCs) has used so far, in ms. */
export const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Registered cases with a consent each, about 1.6 KB an event. */
export function eventsFor(device: TestDevice, count: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  while (events.length < count) {
    const caseId = randomUUID();
    events.push(device.register(caseId), device.write(caseId, 'consentRecorded', { signedBy: 'Гүлнәр Өтемісова' }));
  }
  return events.slice(0, count);
}

export async function timed<T>(fn: () => Promise<T>, into: number[]): Promise<T> {
  const t = performance.now();
  const result = await fn();
  into.push(performance.now() - t);
  return result;
}

/**
 * A device of the fleet: enrolled in the store beforehand (so /enroll's per-address limit is not what is measured);
 * `light`: over node:http (light-device.ts), for the thousand PCs that share the server's machine.
 */
export function fleetDevice(url: string, deviceId: string, token: string, office: string, light = false): TestDevice {
  const d = light ? new LightDevice(url) : new TestDevice(url);
  d.deviceId = deviceId;
  d.token = token;
  d.unit = office;
  return d;
}

const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

/** A request retried, as a PC would, when the connection fails (a full accept queue); its latency counts every try. */
async function retried<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 20) throw error;
      retries++;
      await sleep(200);
    }
  }
}
export let retries = 0;

/** Each request's latency, and the pushes' and pulls' apart. */
interface Latencies {
  all: number[];
  push: number[];
  pull: number[];
}

async function syncOnce(d: TestDevice, mine: CaseEvent[], latencies: Latencies): Promise<number> {
  const body = { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, events: mine };
  const r = await timed(() => retried(() => d.request('POST', '/push', body)), latencies.push);
  latencies.all.push(latencies.push[latencies.push.length - 1]);
  if (r.status !== 200) throw new Error(`push ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
  let pulled = 0;
  for (;;) {
    const page = await timed(() => retried(() => d.pullPage(500)), latencies.pull);
    latencies.all.push(latencies.pull[latencies.pull.length - 1]);
    pulled += page.events.length;
    if (!page.more) return pulled;
  }
}

export interface FleetFigures {
  burstMs: number;
  requests: number;
  p50: number;
  p95: number;
  pushP95: number;
  pullP95: number;
  max: number;
  pulled: number;
}

/** Every device pushes `events` and pulls its office to the end, each starting at a random moment within `spreadMs` (0: all at once). */
export async function fleetBurst(devices: TestDevice[], events: number, spreadMs: number): Promise<FleetFigures> {
  const latencies: Latencies = { all: [], push: [], pull: [] };
  const batches = devices.map((d) => eventsFor(d, events));
  const start = performance.now();
  const pulled = await Promise.all(
    devices.map(async (d, i) => {
      await sleep(Math.random() * spreadMs);
      return syncOnce(d, batches[i], latencies);
    }),
  );
  return {
    burstMs: performance.now() - start,
    requests: latencies.all.length,
    p50: percentile(latencies.all, 50),
    p95: percentile(latencies.all, 95),
    pushP95: percentile(latencies.push, 95),
    pullP95: percentile(latencies.pull, 95),
    max: Math.max(...latencies.all),
    pulled: pulled.reduce((a, b) => a + b, 0),
  };
}

export interface SoakFigures {
  seconds: number;
  syncs: number;
  p95: number;
  rssMb: number[];
}

/** For `seconds`, each device syncs (2 events, pull to the end) every `everyMs` (with jitter); server RSS sampled each second. */
export async function soak(devices: TestDevice[], serverPid: number, seconds: number, everyMs: number): Promise<SoakFigures> {
  const latencies: Latencies = { all: [], push: [], pull: [] };
  const rssMb: number[] = [];
  const end = Date.now() + seconds * 1000;
  let syncs = 0;
  const sampler = setInterval(() => rssMb.push(rssMbOf(serverPid)), 1000);
  await Promise.all(
    devices.map(async (d) => {
      await sleep(Math.random() * everyMs);
      while (Date.now() < end) {
        await syncOnce(d, eventsFor(d, 2), latencies);
        syncs++;
        await sleep(everyMs * (0.5 + Math.random()));
      }
    }),
  );
  clearInterval(sampler);
  return { seconds, syncs, p95: percentile(latencies.all, 95), rssMb };
}
