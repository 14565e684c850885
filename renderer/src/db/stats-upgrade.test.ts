// A database left by version 12: its statistics' day records lack what the
// quality indicators read. Version 13 drops them, and the first open of
// statistics or indicators builds them again, folding the old summaries anew.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { caseFactsUpTo, qualityData } from '@renderer/features/quality/queries';
import { buildStatsDays } from '@renderer/features/reports/commands';
import { filledForm, freshDb, TEST_OFFICE_SETTINGS, writeContext } from '@renderer/testing/db-fixture';
import { STORES_V12 } from '@renderer/testing/previous-schemas';
import { AkimatDb, type OfficeSettings } from './schema';
import { statsDaysBuilt } from './stats-days';

describe('upgrading the day records to version 13', () => {
  it('drops the old records, so the first open builds them with every summary folded again', async () => {
    const source = freshDb();
    const state = await registerApplication(
      writeContext(source),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const tables = ['events', 'cases', 'settings', 'users', 'meta', 'outbox'];
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()] as const)));
    const settings = { ...TEST_OFFICE_SETTINGS, key: 'office' } as unknown as OfficeSettings;
    source.close();

    const name = `stats-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(12).stores(STORES_V12);
    for (const t of tables) await old.table(t).bulkAdd(rows[t]);
    // As version 12 wrote them: no quality facts in the summary, a day record six numbers a case wide, built.
    await old
      .table('cases')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        delete row.reworked;
        delete row.readyAt;
        delete row.servedAt;
      });
    await old.table('statsDays').bulkPut([
      { day: rows.cases[0].registeredDate, words: ['x'], ids: state.caseId, kinds: [], numbers: new Int32Array([0, 0, 0, 0, 0, 0]) },
      { day: 'built', words: [], ids: '', kinds: [], numbers: new Int32Array(0) },
    ]);
    old.close();

    const db = new AkimatDb(name);
    expect(await db.statsDays.count()).toBe(0);
    expect(await statsDaysBuilt(db)).toBe(false);
    expect((await qualityData(db, settings, '2026-11-30')).preparing).toBe(true);
    expect(await buildStatsDays(db)).toBe(1);
    expect((await db.cases.get(state.caseId))?.reworked).toBe(false);
    expect(await caseFactsUpTo(db, '2026-11-30')).toMatchObject([
      { caseId: state.caseId, office: '0512', refusedAtIntake: false, reworked: false },
    ]);
    expect((await qualityData(db, settings, '2026-11-30')).preparing).toBe(false);
    db.close();
  });
});
