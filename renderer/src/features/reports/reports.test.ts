// The statistics' reads over the real database layer (fake-indexeddb): a case
// registered here is counted with its office and steps, and a summary written
// before the statistics gets them back from its events.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { prepareOldSummaries } from './commands';
import { casesByIds, readStatistics } from './queries';

const checklist = checklistFor(fixtureEntry, false);

describe('statistics reads', () => {
  it('count a registered case by its service, status, month and office, and list it by id', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const read = await readStatistics({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-23T12:00', db);
    expect(read.unprepared).toBe(0);
    expect(read.stats.byService).toEqual([{ key: fixtureEntry.id, ids: [state.caseId] }]);
    expect(read.stats.byStatus).toEqual([{ key: 'registered', ids: [state.caseId] }]);
    expect(read.stats.byMonth.map((m) => m.month)).toEqual(['2026-11']);
    expect(read.stats.byOffice.map((o) => o.office)).toEqual(['0512']);
    expect(read.stats.timeliness.inTerm).toEqual([state.caseId]);
    expect((await readStatistics({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-23T12:00', db)).stats.ids).toEqual([]);
    expect((await casesByIds([state.caseId, 'gone'], db)).map((c) => c.number)).toEqual([state.number]);
  });

  it('fill the office and steps of a summary written before the statistics, from its events', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const full = await db.cases.get(state.caseId);
    await db.cases.update(state.caseId, { steps: undefined, office: undefined });
    const before = await readStatistics({}, '2026-11-23T12:00', db);
    expect(before.unprepared).toBe(1);
    expect(before.stats.byOffice.map((o) => o.office)).toEqual(['']);
    expect(await prepareOldSummaries(db)).toBe(1);
    expect(await db.cases.get(state.caseId)).toEqual(full);
    const after = await readStatistics({}, '2026-11-23T12:00', db);
    expect(after.unprepared).toBe(0);
    expect(after.stats.byOffice.map((o) => o.office)).toEqual(['0512']);
    expect(await prepareOldSummaries(db)).toBe(0);
  });
});
