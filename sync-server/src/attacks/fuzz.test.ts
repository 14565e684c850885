// Attack 3, property-style: random adversarial events (strange strings, huge or
// odd numbers, unknown keys, deep or long values put anywhere) pushed by an
// office and its district. Whatever push accepts, pull must serve: no answer is
// ever 5xx, and both feeds pull and validate, also from a restarted server.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { testInspectionAct } from '../../../shared/testing/commission-act';
import type { TestDevice } from '../testing/harness';
import { BACKENDS, startServer } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { caseAtDistrict, district, feedOf, office, pushOk } from './kit';

const ROUNDS = 80;
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** mulberry32: the same adversaries on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '\ud800',
  '\udfff\ud800x',
  '\u2028\u2029',
  '😀'.repeat(40),
  '"\\',
  '</script>',
  ' ',
  '',
  'C:\\u0000',
  '\u0000',
  '\u001f\u007f',
  'ﷺ‮',
];
const NUMBERS = [1e308, -0, 5e-324, 2 ** 53 + 1, -1, 0.1, 1e21];

function adversary(random: () => number, depth = 0): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(STRINGS);
    case 1:
      return 'ә'.repeat(Math.floor(random() * 9_000));
    case 2:
      return pick(NUMBERS);
    case 3:
      return pick([true, false, null]);
    case 4:
      if (random() < 0.1) return Array.from({ length: 2_500 }, () => 1);
      return Array.from({ length: Math.floor(random() * 4) }, () => (depth < 3 ? adversary(random, depth + 1) : 1));
    case 5: {
      let value: unknown = pick(STRINGS);
      // Now and then as deep as the nesting that once poisoned feeds (about 4,100 levels), sent as text.
      if (random() < 0.2) return `@@deep${4_000 + Math.floor(random() * 2_000)}@@`;
      for (let i = Math.floor(random() * 50); i > 0; i--) value = { a: value };
      return value;
    }
    case 6:
      return JSON.parse(`{"__proto__": {"polluted": true}, "constructor": ${JSON.stringify(pick(STRINGS))}}`);
    default:
      return depth < 3 ? { [pick(['x', 'toString', 'payload', 'id'])]: adversary(random, depth + 1) } : pick(STRINGS);
  }
}

/** Every object and key path inside a JSON value. */
function paths(value: unknown, at: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
}

function mutate(event: CaseEvent, random: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(event));
  const all = paths(copy).filter((p) => p.length > 0);
  const target = all[Math.floor(random() * all.length)];
  let parent = copy;
  for (const key of target.slice(0, -1)) parent = parent[key];
  const last = target[target.length - 1];
  // Sometimes only the text changes (most likely to be accepted), sometimes a key is added, sometimes anything goes.
  const roll = random();
  if (roll < 0.4 && typeof parent[last] === 'string') parent[last] = `${parent[last]}${STRINGS[Math.floor(random() * STRINGS.length)]}`;
  else if (roll < 0.6 && typeof parent === 'object') parent[`k${Math.floor(random() * 99)}`] = adversary(random);
  else parent[last] = adversary(random);
  return copy;
}

describe.each(BACKENDS)('attack: random adversarial events, on %s', (backend) => {
  const server = useTestServer(backend);

  it(`never answers 5xx to ${ROUNDS} adversarial events per side, and serves every event it accepted`, async () => {
    const pc = await office(server, '0101');
    const head = await district(server, 'D01');
    const caseId = randomUUID();
    await caseAtDistrict(pc, head, caseId);
    const atCommission = randomUUID();
    await pushOk(pc, ...pc.caseReadyToRelay(atCommission).slice(0, 2));
    const templates: [TestDevice, () => CaseEvent][] = [
      [pc, () => pc.write(caseId, 'formReprinted', { form: 'talon' })],
      [pc, () => pc.write(caseId, 'consentRecorded', { signedBy: 'Сейітова Гүлнәр' })],
      [pc, () => pc.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: true })],
      [pc, () => pc.write(atCommission, 'inspectionRecorded', testInspectionAct())],
      [pc, () => pc.write(atCommission, 'inspectionRecorded', testInspectionAct())],
      [head, () => head.write(caseId, 'formReprinted', { form: 'notification' })],
      [head, () => head.write(caseId, 'districtExecutorAssigned', { executorId: 'u-2', executorName: 'Ілиясов Н.' })],
      [head, () => head.write(caseId, 'specialCommissionDecided', { needs: true, amount: 1000, reasons: 'табыс' })],
    ];
    const random = prng(backend === 'sqlite' ? 12 : 34);
    const statuses = new Map<number, number>();
    for (let round = 0; round < ROUNDS * 2; round++) {
      const [device, write] = templates[Math.floor(random() * templates.length)];
      const body = JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: device.deviceId, events: [mutate(write(), random)] });
      const r = await device.request(
        'POST',
        '/push',
        body.replace(/"@@deep(\d+)@@"/g, (_, n) => deep(Number(n))),
      );
      if (r.status !== 200) device.seq--;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBeLessThan(500);
    }
    // Both kinds of outcome happened: the test is not vacuous.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);

    const feeds = [await feedOf(pc), await feedOf(head)];
    expect(feeds[0].filter((e) => e.caseId === caseId).length).toBeGreaterThan(10);
    const restarted = await startServer(server.resources);
    try {
      for (const [i, device] of [pc, head].entries()) {
        const again = Object.assign(Object.create(Object.getPrototypeOf(device)), device, { baseUrl: restarted.url });
        expect(await feedOf(again)).toEqual(feeds[i]);
      }
    } finally {
      await restarted.close();
    }
  });
});
