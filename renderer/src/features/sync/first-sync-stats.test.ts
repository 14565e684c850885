// A PC with no cases that syncs for the first time keeps no statistics' day
// records while it pulls: the statistics screen builds them on its first open,
// the same records as writing them alongside would have given. A PC that holds
// cases keeps them with every page, as before.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TestDevice } from '../../../../sync-server/src/testing/harness';
import type { AkimatDb } from '@renderer/db/schema';
import { putFacts, statsDaysBuilt, statsDaysDeferred } from '@renderer/db/stats-days';
import { buildStatsDays } from '@renderer/features/reports/commands';
import { readStatistics } from '@renderer/features/reports/queries';
import { freshDb } from '@renderer/testing/db-fixture';
import { officePc, register } from '@renderer/testing/office-pc';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { syncOnce } from './engine';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

async function otherPcWithCases(officeCode: string, cases: number): Promise<string[]> {
  const other = await TestDevice.enroll(server.url, server.store, { officeCode });
  const ids = Array.from({ length: cases }, () => crypto.randomUUID());
  other.queue(other.introduce(), ...ids.flatMap((id) => other.caseReadyToRelay(id)));
  await other.pushAll();
  return ids;
}

/** The day records, without the markers; what writing every summary's facts at once gives. */
const dayRows = async (db: AkimatDb) => (await db.statsDays.toArray()).filter((r) => /^\d/.test(r.day));
describe('statistics day records on a first sync', () => {
  it('are deferred on a PC with no cases, and built on the screen’s first open as if kept alongside', async () => {
    const pulled = await otherPcWithCases('0102', 3);
    const { db } = await officePc('A', '0102');
    await enrollPc(server, db, { officeCode: '0102' }, 'Қабылдау');
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect(await db.cases.count()).toBe(3);
    expect(await statsDaysDeferred(db)).toBe(true);
    expect(await statsDaysBuilt(db)).toBe(false);
    expect(await dayRows(db)).toEqual([]);
    // A case registered here meanwhile keeps no record either; the build counts it too.
    const local = await register(db);
    expect(await dayRows(db)).toEqual([]);
    expect((await readStatistics({}, '2026-11-23T12:00', db)).preparing).toBe(true);

    expect(await buildStatsDays(db)).toBe(0);
    expect(await statsDaysDeferred(db)).toBe(false);
    expect(await statsDaysBuilt(db)).toBe(true);
    const read = await readStatistics({}, '2026-11-23T12:00', db);
    expect(read.preparing).toBe(false);
    expect([...read.stats.ids].sort()).toEqual([...pulled, local.caseId].sort());
    const reference = freshDb();
    const summaries = await db.cases.toArray();
    await reference.transaction('rw', reference.statsDays, () => putFacts(reference, summaries));
    expect(await dayRows(db)).toEqual(await dayRows(reference));

    // From then on every write keeps its record again.
    const later = await register(db);
    expect((await readStatistics({}, '2026-11-23T12:00', db)).stats.ids).toContain(later.caseId);
  });

  it('are kept with every pulled page on a PC that already holds cases', async () => {
    const pulled = await otherPcWithCases('0201', 2);
    // The other PC took the letter A.
    const { db } = await officePc('B', '0201');
    const local = await register(db);
    await enrollPc(server, db, { officeCode: '0201' }, 'Қабылдау');
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect(await statsDaysDeferred(db)).toBe(false);
    const read = await readStatistics({}, '2026-11-23T12:00', db);
    expect(read.preparing).toBe(false);
    expect([...read.stats.ids].sort()).toEqual([...pulled, local.caseId].sort());
  });
});
