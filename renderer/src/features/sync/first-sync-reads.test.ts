// A first sync into a PC with no cases reads, on each pulled page, only the
// cases it may already hold (those of earlier pages of the run): the events and
// summaries it ends with are those of reading every case, also when a case's
// events are spread over several pages and when a page comes twice.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TestDevice } from '../../../../sync-server/src/testing/harness';
import type { AkimatDb } from '@renderer/db/schema';
import { officePc, register } from '@renderer/testing/office-pc';
import { enrollPc, useSyncServer } from '@renderer/testing/sync-harness';
import { applyPulledPage, streamsHeld } from './pull-apply';
import { loadIdentity, loadStatus, updateStatus } from './state';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

async function pullInPages(db: AkimatDb, held: Set<string> | null, limit: number): Promise<number> {
  const { token } = (await loadIdentity(db))!;
  let pages = 0;
  for (;;) {
    const { cursor } = await loadStatus(db);
    const body = await fetch(`${server.url}/pull?cursor=${cursor}&limit=${limit}`, { headers: { authorization: `Bearer ${token}` } }).then(
      (r) => r.json(),
    );
    const applied = await applyPulledPage(db, body, undefined, held);
    if (!applied.ok) throw new Error(applied.error.ru);
    // Every page also comes a second time (an answer lost after saving): nothing is added twice.
    if (pages++ === 1) {
      const again = await applyPulledPage(db, body, undefined, held);
      expect(again).toMatchObject({ ok: true, added: 0 });
    }
    if (!applied.more) return pages;
  }
}

const contents = async (db: AkimatDb) => ({
  events: (await db.events.toArray()).map((e) => e.id).sort(),
  cases: (await db.cases.toArray()).map(({ id, status, eventCount, steps }) => ({ id, status, eventCount, steps })),
  pulled: (await db.pulled.toArray()).map((r) => `${r.eventId}:${r.serverSeq}`).sort(),
});

describe('first sync reads', () => {
  it('end with the same events and cases as reading every case, a case spread over pages included', async () => {
    const other = await TestDevice.enroll(server.url, server.store, { officeCode: '0102' });
    const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const [ra, rb, rc] = [other.caseReadyToRelay(a), other.caseReadyToRelay(b), other.caseReadyToRelay(c)];
    // Interleaved: every case has events on several pages of three.
    other.queue(other.introduce(), ...ra.flatMap((e, i) => [e, rb[i], rc[i]]));
    other.queue(other.write(a, 'packageRelayed', { districtCode: 'D01', attachments: [] }));
    await other.pushAll();

    const first = (await officePc('A', '0102')).db;
    await enrollPc(server, first, { officeCode: '0102' }, 'Қабылдау');
    const held = await streamsHeld(first);
    // This PC's own unit stream, written at setup, is the one stream it holds.
    expect(held?.size).toBe(1);
    expect(await pullInPages(first, held, 3)).toBeGreaterThan(4);

    const reference = (await officePc('B', '0102')).db;
    await enrollPc(server, reference, { officeCode: '0102' }, 'Қабылдау');
    await pullInPages(reference, null, 3);

    const [got, expected] = [await contents(first), await contents(reference)];
    expect(got.cases).toEqual(expected.cases);
    expect(got.cases.find((x) => x.id === a)).toMatchObject({ status: 'relayed', eventCount: 5 });
    expect(got.events.length).toBe(expected.events.length);
    expect(got.pulled).toEqual(expected.pulled);
  });

  it('are not limited on a PC that holds cases or has pulled before', async () => {
    const { db } = await officePc('A', '0201');
    await enrollPc(server, db, { officeCode: '0201' }, 'Қабылдау');
    expect(await streamsHeld(db)).not.toBeNull();
    await updateStatus(db, { cursor: 7 });
    expect(await streamsHeld(db)).toBeNull();
    await updateStatus(db, { cursor: 0 });
    await register(db);
    expect(await streamsHeld(db)).toBeNull();
  });
});
