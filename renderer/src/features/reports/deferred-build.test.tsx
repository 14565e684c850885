// @vitest-environment jsdom
// A PC whose first sync deferred the statistics' day records builds them once
// the sync is done, without anyone opening a screen; two callers share one build.
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { db } from '@renderer/db/database';
import { deferStatsDays, statsDaysBuilt, statsDaysDeferred } from '@renderer/db/stats-days';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { buildStatsDays } from './commands';
import { readStatistics } from './queries';
import { useDeferredStatsDaysBuild } from './useStatsDaysBuild';

afterEach(async () => {
  cleanup();
  await db.delete();
  await db.open();
});

const register = (target: typeof db) =>
  registerApplication(writeContext(target), filledForm(), fixtureEntry, checklistFor(fixtureEntry, false), DEFAULT_OFFICE_HOURS);

describe('day records deferred by a first sync', () => {
  it('are built in a quiet moment after it while someone is signed in', async () => {
    await deferStatsDays(db);
    const state = await register(db);
    expect((await readStatistics({}, '2026-11-23T12:00', db)).stats.ids).toEqual([]);
    renderHook(() => useDeferredStatsDaysBuild(true));
    await waitFor(async () => expect(await statsDaysBuilt(db)).toBe(true), { timeout: 5000 });
    expect(await statsDaysDeferred(db)).toBe(false);
    expect((await readStatistics({}, '2026-11-23T12:00', db)).stats.ids).toEqual([state.caseId]);
  });

  it('are left for later while nobody is signed in', async () => {
    await deferStatsDays(db);
    await register(db);
    renderHook(() => useDeferredStatsDaysBuild(false));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await statsDaysDeferred(db)).toBe(true);
  });

  it('are built once when the screen and the idle build ask together', async () => {
    const other = freshDb();
    await deferStatsDays(other);
    await register(other);
    await other.cases.toCollection().modify((row) => {
      row.reworked = undefined;
    });
    const [first, second] = [buildStatsDays(other), buildStatsDays(other)];
    expect(second).toBe(first);
    expect(await first).toBe(1);
    expect(await buildStatsDays(other)).toBe(0);
  });
});
