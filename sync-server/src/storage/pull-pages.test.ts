// A pull read page by page (SQLite and PostgreSQL): a district's many small pages
// return every event of its delivered cases once, in visibility order (a case's
// earlier events at its delivery's number), the cursor never moving back; an
// office's pages return its own events in serverSeq order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case';
import { newCaseId } from '../../../shared/testing/case-events';
import { BACKENDS, type BackendResources, backendResources, seedRegion } from '../testing/harness';
import { enrolled } from '../testing/store-device';
import { openStore, type SqlStore } from './index';
import type { Device } from './types';

const AT = '2026-11-24T09:00:00.000Z';

async function pullAll(store: SqlStore, device: Device, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor = 0;
  let pages = 0;
  for (;;) {
    const page = await store.events.pull(device, cursor, limit);
    pages++;
    expect(page.cursor).toBeGreaterThanOrEqual(cursor);
    cursor = page.cursor;
    ids.push(...page.events.map((e) => e.event.id));
    if (!page.more) return { ids, pages };
  }
}

describe.each(BACKENDS)('pull pages on %s', (backend) => {
  let resources: BackendResources;
  let store: SqlStore;

  beforeEach(async () => {
    resources = await backendResources(backend);
    store = await openStore(resources);
    await seedRegion(store);
  });
  afterEach(async () => {
    await store.close();
    await resources.dispose();
  });

  it('serves a district every event of its delivered cases once, in visibility order, over many pages', async () => {
    const a = await enrolled(store, { officeCode: '0101' });
    const b = await enrolled(store, { officeCode: '0102' });
    const far = await enrolled(store, { officeCode: '0201' });
    const district = await enrolled(store, { districtCode: 'D01' });
    const push = async (unit: typeof a, events: CaseEvent[]) => expect((await store.events.push(unit.device, events, AT)).ok).toBe(true);
    const relayed: string[] = [];
    for (let round = 0; round < 12; round++) {
      for (const unit of [a, b, far]) {
        const caseId = newCaseId();
        await push(unit, unit.writer.caseReadyToRelay(caseId));
        if (round % 3 !== 2) {
          const to = unit === far ? 'D02' : 'D01';
          await push(unit, [unit.writer.write(caseId, 'packageRelayed', { districtCode: to, attachments: [] })]);
          if (to === 'D01') relayed.push(caseId);
        }
      }
      // The district answers on an earlier case: its events come after the delivery.
      if (round > 0) {
        const caseId = relayed[round - 1];
        await push(district, [
          district.writer.write(caseId, 'receivedByDistrict', { incomingNumber: String(round), incomingDate: '2026-11-24' }),
        ]);
        const owner = round % 2 === 1 ? a : b;
        // The office keeps writing to it too (a reprint is allowed in any state).
        if ((await store.events.pull(owner.device, 0, 1000)).events.some((e) => e.event.caseId === caseId)) {
          await push(owner, [owner.writer.write(caseId, 'formReprinted', { form: 'talon' })]);
        }
      }
    }
    const dump = await store.exportAll();
    const cases = new Map(
      (dump.cases as { case_id: string; district_code: string | null; delivered_seq: number | null }[]).map((c) => [c.case_id, c]),
    );
    const expected = (dump.events as { server_seq: number; id: string; case_id: string }[])
      .map((e) => ({ ...e, server_seq: Number(e.server_seq), c: cases.get(e.case_id)! }))
      .filter((e) => e.c.district_code === 'D01' && e.c.delivered_seq !== null)
      .map((e) => ({ id: e.id, seq: e.server_seq, eff: Math.max(Number(e.c.delivered_seq), e.server_seq) }))
      .sort((x, y) => x.eff - y.eff || x.seq - y.seq)
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(100);
    for (const limit of [1, 7, 1000]) {
      const { ids, pages } = await pullAll(store, district.device, limit);
      expect(ids).toEqual(expected);
      if (limit === 7) expect(pages).toBeGreaterThan(10);
    }
    // An office's pages: its own cases' events, by serverSeq, whoever wrote them.
    const own = (dump.events as { server_seq: number; id: string; owner_office: string }[])
      .filter((e) => e.owner_office === '0101')
      .sort((x, y) => Number(x.server_seq) - Number(y.server_seq))
      .map((e) => e.id);
    expect((await pullAll(store, a.device, 5)).ids).toEqual(own);
  });

  it('answers a PC that is up to date with an empty page at its own cursor, and the next event after it', async () => {
    const a = await enrolled(store, { officeCode: '0101' });
    const other = await enrolled(store, { officeCode: '0101' });
    expect((await store.events.push(a.device, a.writer.caseReadyToRelay(newCaseId()), AT)).ok).toBe(true);
    const { ids } = await pullAll(store, other.device, 1000);
    const top = (await store.events.pull(other.device, 0, 1000)).cursor;
    for (const cursor of [top, top + 5]) {
      expect(await store.events.pull(other.device, cursor, 1000)).toEqual({ events: [], publications: [], cursor, more: false });
    }
    expect(ids).toHaveLength(4);
    // What comes after the cursor is served again as usual.
    expect((await store.events.push(a.device, a.writer.caseReadyToRelay(newCaseId()), AT)).ok).toBe(true);
    const after = await store.events.pull(other.device, top, 1000);
    expect([after.events.length, after.cursor > top, after.more]).toEqual([4, true, false]);
  });
});
