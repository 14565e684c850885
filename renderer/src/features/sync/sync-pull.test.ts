// The renderer's sync store, second part: pulling, the fold order across PCs and
// the sign-out guard, against the real sync server (in-process, SQLite in a temp
// folder) with the browser database on fake-indexeddb.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TestDevice } from '../../../../sync-server/src/testing/harness';
import { AkimatDb } from '@renderer/db/schema';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { syncOnce } from './engine';
import { leaveBlocker } from './guard';
import { applyPulledPage } from './pull-apply';
import { loadIdentity, loadStatus, outboxCounts, unsyncedCount } from './state';
import { officePc, register } from '@renderer/testing/office-pc';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

const enroll = (db: AkimatDb, officeCode = '0101') => enrollPc(server, db, { officeCode }, 'Қабылдау');

describe('pull', () => {
  it('applies events of another PC of the office once, even when the same page comes twice, and keeps the cursor across restarts', async () => {
    const other = await TestDevice.enroll(server.url, server.store, { officeCode: '0102' });
    const [one, two] = [crypto.randomUUID(), crypto.randomUUID()];
    // The other PC's akim introduced themself when it was set up.
    const events = [other.introduce(), ...other.caseReadyToRelay(one), ...other.caseReadyToRelay(two)];
    other.queue(...events);
    await other.pushAll();

    const { db } = await officePc('A', '0102');
    await enroll(db, '0102');
    const name = db.name;
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pulled: events.length });
    // Beside the other PC's events, this PC holds its own first person, introduced at setup (and refused:
    // the office already has its akim, so a second PC joins its staff instead).
    const own = 1;
    expect(await outboxCounts(db)).toMatchObject({ error: 1 });
    expect(await db.events.count()).toBe(events.length + own);
    expect((await db.cases.get(one))?.status).toBe('commissionConcluded');
    const { cursor } = await loadStatus(db);
    expect(cursor).toBeGreaterThan(0);
    // Pulled events are not ours to send: nothing else waits.
    expect(await unsyncedCount(db)).toBe(1);

    // The same page again (an answer lost after saving): nothing added twice, cursor unchanged.
    const identity = (await loadIdentity(db))!;
    const again = await fetch(`${server.url}/pull?cursor=0`, { headers: { authorization: `Bearer ${identity.token}` } }).then((r) =>
      r.json(),
    );
    const applied = await applyPulledPage(db, again);
    expect(applied).toMatchObject({ ok: true, added: 0 });
    expect(await db.events.count()).toBe(events.length + own);
    expect((await loadStatus(db)).cursor).toBe(cursor);

    // The app restarts: the cursor is read back and only the new event comes.
    db.close();
    const reopened = new AkimatDb(name);
    expect((await loadStatus(reopened)).cursor).toBe(cursor);
    other.queue(other.write(one, 'packageRelayed', { districtCode: 'D01', attachments: [] }));
    await other.pushAll();
    expect(await syncOnce(nodeSyncDeps(reopened))).toMatchObject({ kind: 'ok', pulled: 1 });
    expect(await reopened.events.count()).toBe(events.length + own + 1);
    expect((await reopened.cases.get(one))?.eventCount).toBe(5);
  });

  it("brings the district's decision on a relayed case back into the office's case list", async () => {
    const counter = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    const caseId = crypto.randomUUID();
    counter.queue(...counter.caseReadyToRelay(caseId), counter.write(caseId, 'packageRelayed', { districtCode: 'D02', attachments: [] }));
    await counter.pushAll();
    const { db } = await officePc('A', '0201');
    await enroll(db, '0201');
    await syncOnce(nodeSyncDeps(db));
    expect((await db.cases.get(caseId))?.status).toBe('relayed');

    const district = await TestDevice.enroll(server.url, server.store, { districtCode: 'D02' });
    await district.pullAll();
    district.queue(district.write(caseId, 'receivedByDistrict', { incomingNumber: 'К-17', incomingDate: '2026-11-24' }));
    await district.pushAll();
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pulled: 1 });
    const events = await db.events.where('caseId').equals(caseId).toArray();
    expect(events.filter((e) => e.type === 'receivedByDistrict')).toHaveLength(1);
    expect(await db.cases.get(caseId)).toMatchObject({ eventCount: 6, status: 'atDistrict' });
    expect(await unsyncedCount(db)).toBe(0);
  });

  it('refuses a malformed page without moving the cursor', async () => {
    const { db } = await officePc();
    const result = await applyPulledPage(db, { protocol: 1, events: 'nope' });
    expect(result.ok).toBe(false);
    expect((await loadStatus(db)).cursor).toBe(0);
  });
});

describe('fold order across PCs', () => {
  it('puts events the server numbered in server order, then this PC’s unsent ones', async () => {
    const { serverOrdered } = await import('@renderer/db/case-order');
    const ev = (id: string, at: string, seq: number) => ({ id, at, seq }) as unknown as import('@shared/case').CaseEvent;
    // The district PC's clock is a day behind: its event's `at` is earlier, its server number later.
    const events = [ev('district', '2026-11-22T09:00', 1), ev('office', '2026-11-23T10:00', 5), ev('mine', '2026-11-23T11:00', 6)];
    const seqs: Record<string, number> = { office: 10, district: 11 };
    expect(serverOrdered(events, (id) => seqs[id]).map((e) => e.id)).toEqual(['office', 'district', 'mine']);
  });
});

describe('sign-out guard', () => {
  it('lets a never-enrolled PC sign out, refuses while an enrolled PC has unsent events, allows once they are sent', async () => {
    const lone = await officePc();
    await register(lone.db);
    expect(await leaveBlocker(lone.db, 'signOut')).toBeNull();

    const { db } = await officePc();
    await enroll(db);
    await register(db);
    expect(await leaveBlocker(db, 'signOut')).toMatchObject({
      // The case's three events and the PC's first person, introduced at setup.
      kk: expect.stringContaining('4 оқиға және 0 файл'),
      ru: expect.stringContaining('событий: 4, файлов: 0'),
    });
    expect((await leaveBlocker(db, 'reset'))?.ru).toContain('Очистить данные нельзя');
    await syncOnce(nodeSyncDeps(db));
    expect(await leaveBlocker(db, 'signOut')).toBeNull();
  });
});
