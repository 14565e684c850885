// What the attack tests share: a seeded server per backend, the devices of a
// victim office, its district and strangers, and proof that an attack changed
// nothing (row counts, and every victim's whole feed read again from cursor 0).
import { expect } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import { PROTOCOL_VERSION, PullResponse } from '../../../shared/sync/protocol';
import type { HttpAnswer } from '../testing/client';
import { TestDevice } from '../testing/harness';
import type { UsedServer } from '../testing/use-server';

export const office = (server: UsedServer, officeCode = '0101') => TestDevice.enroll(server.url, server.store, { officeCode });
export const district = (server: UsedServer, districtCode = 'D01') => TestDevice.enroll(server.url, server.store, { districtCode });

/** The device's whole feed from cursor 0, checked as a PC checks it; throws on any answer but 200. */
export async function feedOf(device: TestDevice): Promise<CaseEvent[]> {
  const events: CaseEvent[] = [];
  for (let cursor = 0; ; ) {
    const r = await device.request('GET', `/pull?cursor=${cursor}&limit=1000`);
    if (r.status !== 200) throw new Error(`pull of ${device.deviceId} failed: ${r.status} ${JSON.stringify(r.body)}`);
    const page = PullResponse.parse(r.body);
    events.push(...page.events.map((p) => p.event as CaseEvent));
    cursor = page.cursor;
    if (!page.more) return events;
  }
}

export interface Snapshot {
  counts: unknown;
  feeds: string[];
}

/** Row counts and the victims' feeds, to compare before and after an attack. */
export async function snapshot(server: UsedServer, victims: TestDevice[]): Promise<Snapshot> {
  return { counts: await server.store.counts(), feeds: await Promise.all(victims.map(async (v) => JSON.stringify(await feedOf(v)))) };
}

export async function expectUnchanged(server: UsedServer, victims: TestDevice[], before: Snapshot): Promise<void> {
  expect(await snapshot(server, victims)).toEqual(before);
}

/** Pushes events as they are (no client checks); a refused attempt gives its seq numbers back so later pushes stay gapless. */
export async function attempt(device: TestDevice, ...events: unknown[]): Promise<HttpAnswer> {
  const r = await device.request('POST', '/push', { protocol: PROTOCOL_VERSION, deviceId: device.deviceId, events });
  if (r.status !== 200) device.seq -= events.length;
  return r;
}

/** The code of the refused event in a refused batch. */
export const refusedCode = (r: HttpAnswer) =>
  (r.body.events as { state: string; code?: string }[] | undefined)?.find((e) => e.state === 'refused')?.code;

/** Pushes and expects success. */
export async function pushOk(device: TestDevice, ...events: CaseEvent[]): Promise<void> {
  const r = await attempt(device, ...events);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** A case of `owner` registered, through the commission, relayed to D01 and registered there by `head`. */
export async function caseAtDistrict(owner: TestDevice, head: TestDevice, caseId: string): Promise<void> {
  await pushOk(owner, ...owner.caseReadyToRelay(caseId), owner.write(caseId, 'packageRelayed', { districtCode: 'D01', attachments: [] }));
  await pushOk(head, head.write(caseId, 'receivedByDistrict', { incomingNumber: 'К-1', incomingDate: '2026-11-25' }));
}

/** The same event signed with another role. */
export function signedAs<T extends CaseEvent>(event: T, role: string): T {
  return { ...event, actor: { ...event.actor, role } } as T;
}
