// `npx tsx scripts/bench/push-cpu.ts [sqlite|postgres] [batch size]`: the CPU of each step of a push, in
// process and without HTTP, for 10,000 case events in batches of 500 (as bench:sync sends them):
// the body's scan and parse, the bounds walk, the schema, the servable check, and the store.
import secureJson from 'secure-json-parse';
import { checkEventBounds, checkServable } from '../../shared/case/bounds';
import { type CaseEvent, validateEvent } from '../../shared/case/events';
import { PROTOCOL_VERSION, PushRequest } from '../../shared/sync/protocol';
import { JsonScanner } from '../../sync-server/src/routes/body-guard';
import { openStore } from '../../sync-server/src/storage';
import { backendResources, TestDevice } from '../../sync-server/src/testing/harness';
import { eventsFor } from './fleet';

const backend = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgres';
const TOTAL = 10_000;
const BATCH = Number(process.argv[3] ?? 500);

async function round(): Promise<Record<string, number>> {
  const resources = await backendResources(backend);
  const store = await openStore(resources);
  const sql: Record<string, number> = {};
  // SQL_TIMES=1: the time of each statement too (SQLite; a look inside the driver for this measurement only).
  if (process.env.SQL_TIMES) {
    type Call = (text: string, params?: unknown[]) => Promise<unknown>;
    const inside = store.driver as unknown as { queryable: Record<'all' | 'get' | 'run', Call>; db: { exec(text: string): unknown } };
    const note = (text: string, start: number) => {
      const key = text.replace(/\s+/g, ' ').slice(0, 60);
      sql[key] = (sql[key] ?? 0) + performance.now() - start;
    };
    for (const m of ['all', 'get', 'run'] as const) {
      const original = inside.queryable[m];
      inside.queryable[m] = async (text, params) => {
        const start = performance.now();
        try {
          return await original(text, params);
        } finally {
          note(text, start);
        }
      };
    }
    const exec = inside.db.exec.bind(inside.db);
    inside.db.exec = (text: string) => {
      const start = performance.now();
      try {
        return exec(text);
      } finally {
        note(`exec ${text}`, start);
      }
    };
  }
  await store.admin.createDistrict('D01', 'Бөлім');
  await store.admin.createOffice('9901', 'Әкім аппараты', 'D01');
  const enrolled = (await store.devices.enroll(await store.admin.issueEnrollmentCode({ officeCode: '9901' }), 'PC'))!;
  const writer = new TestDevice('http://unused');
  writer.deviceId = enrolled.device.id;
  writer.unit = '9901';
  const events = eventsFor(writer, TOTAL);
  const bodies: Buffer[] = [];
  for (let i = 0; i < TOTAL; i += BATCH) {
    bodies.push(Buffer.from(JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: writer.deviceId, events: events.slice(i, i + BATCH) })));
  }
  const t: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const value = fn();
    t[name] = (t[name] ?? 0) + performance.now() - start;
    return value;
  };
  for (const body of bodies) {
    time('scan', () => new JsonScanner().scan(body));
    const text = time('utf8', () => body.toString('utf8'));
    time('JSON.parse', () => JSON.parse(text));
    const parsed = time('secure-json-parse', () => secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    const request = time('PushRequest', () => PushRequest.parse(parsed));
    const checked: CaseEvent[] = [];
    const stored = new Map<CaseEvent, string>();
    for (const raw of request.events) {
      time('bounds', () => checkEventBounds(raw));
      const valid = time('validateEvent', () => validateEvent(raw));
      if (!valid.ok) throw new Error(valid.message);
      const servable = time('servable', () => checkServable(valid.event, validateEvent, undefined, raw));
      if (!servable.ok) throw new Error(servable.message);
      checked.push(valid.event);
      stored.set(valid.event, servable.body);
    }
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await store.events.push(enrolled.device, checked, new Date().toISOString(), stored);
    t.store = (t.store ?? 0) + performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    t['store (CPU)'] = (t['store (CPU)'] ?? 0) + (cpu.user + cpu.system) / 1000;
    if (!result.ok) throw new Error(result.code);
  }
  await store.close();
  await resources.dispose();
  for (const [k, v] of Object.entries(sql).sort((a, b) => b[1] - a[1])) if (v > 2) console.log(`  ${v.toFixed(1).padStart(7)} ${k}`);
  return t;
}

await round();
const t = await round();
for (const [name, ms] of Object.entries(t)) console.log(`${name.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms`);
console.log(
  `${'total'.padEnd(18)} ${Object.values(t)
    .reduce((a, b) => a + b, 0)
    .toFixed(1)
    .padStart(8)} ms`,
);
