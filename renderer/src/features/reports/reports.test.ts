// The statistics' reads over the real database layer (fake-indexeddb): a case
// registered here is counted with its office and steps, and a database from
// before the day records gets them, its old summaries folded again from events.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { buildStatsDays } from './commands';
import { casesByIds, readStatistics } from './queries';
import { caseFactsUpTo } from '@renderer/features/quality/queries';

const checklist = checklistFor(fixtureEntry, false);

describe('statistics reads', () => {
  it('count a registered case by its service, status, month and office, and list it by id', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const read = await readStatistics({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-23T12:00', db);
    expect(read.preparing).toBe(false);
    expect(read.stats.byService).toEqual([{ key: fixtureEntry.id, ids: [state.caseId] }]);
    expect(read.stats.byStatus).toEqual([{ key: 'registered', ids: [state.caseId] }]);
    expect(read.stats.byMonth.map((m) => m.month)).toEqual(['2026-11']);
    expect(read.stats.byOffice.map((o) => o.office)).toEqual(['0512']);
    expect(read.stats.timeliness.inTerm).toEqual([state.caseId]);
    expect((await readStatistics({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-23T12:00', db)).stats.ids).toEqual([]);
    expect((await casesByIds([state.caseId, 'gone'], db)).map((c) => c.number)).toEqual([state.number]);
  });

  it('build the day records of a database from before them, folding summaries without steps again from their events', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const full = await db.cases.get(state.caseId);
    // As an earlier build left it: a summary without office and steps, no day records.
    await db.cases.update(state.caseId, { steps: undefined, office: undefined });
    await db.statsDays.clear();
    const before = await readStatistics({}, '2026-11-23T12:00', db);
    expect(before.preparing).toBe(true);
    expect(before.stats.ids).toEqual([]);
    expect(await buildStatsDays(db)).toBe(1);
    expect(await db.cases.get(state.caseId)).toEqual(full);
    const after = await readStatistics({}, '2026-11-23T12:00', db);
    expect(after.preparing).toBe(false);
    expect(after.stats.ids).toEqual([state.caseId]);
    expect(after.stats.byOffice.map((o) => o.office)).toEqual(['0512']);
    expect(await buildStatsDays(db)).toBe(0);
  });

  it('fold again a summary from before the quality facts, which the indicators then read from the day records', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const full = await db.cases.get(state.caseId);
    expect(full?.reworked).toBe(false);
    // As version 12 left it: steps, but nothing of what the indicators read; version 13 cleared the day records.
    await db.cases.update(state.caseId, { reworked: undefined, readyAt: undefined, servedAt: undefined });
    await db.statsDays.clear();
    expect(await caseFactsUpTo(db, '2026-11-30')).toEqual([]);
    expect(await buildStatsDays(db)).toBe(1);
    expect(await db.cases.get(state.caseId)).toEqual(full);
    expect(await caseFactsUpTo(db, '2026-11-30')).toEqual([
      {
        caseId: state.caseId,
        office: '0512',
        submittedDate: full?.registeredDate,
        refusedAtIntake: false,
        resultDate: full?.resultDate,
        reworked: false,
      },
    ]);
  });
});
