import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { findEntry } from '@shared/catalog';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { searchCases } from '@renderer/features/search/search-queries';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { AkimatDb } from './schema';
import { serviceWordsOfCase, withSearchFields } from './search-index';
import { STORES_V4 } from '@renderer/testing/previous-schemas';

const entry = findEntry('kzo-590-2014/child-benefit-under-18')!;

/** The database as version 4 of the app left it: case summaries without search fields. */
function version4(name: string): Dexie {
  const old = new Dexie(name);
  old.version(4).stores(STORES_V4);
  return old;
}

describe('schema version 5', () => {
  it('fills the search fields of the cases stored before it', async () => {
    const source = freshDb();
    const childIin = makeIin('2016-02-02', 'female', 41)!;
    const state = await registerApplication(
      writeContext(source),
      filledForm({
        entryId: entry.id,
        surname: 'Құрманғалиева',
        name: 'Әйгерім',
        family: [{ iin: childIin, surname: 'Құрманғалиева', name: 'Аружан', patronymic: '', relation: 'қызы' }],
      }),
      entry,
      checklistFor(entry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const events = await source.events.toArray();
    const { nameWords, iins, ...oldSummary } = (await source.cases.get(state.caseId))!;
    const serviceWords = serviceWordsOfCase(oldSummary);
    source.close();

    const name = `upgrade-${Date.now()}`;
    const old = version4(name);
    await old.table('events').bulkAdd(events);
    await old.table('cases').put(oldSummary);
    old.close();

    const db = new AkimatDb(name);
    const upgraded = (await db.cases.get(state.caseId))!;
    expect(upgraded.nameWords).toEqual(nameWords);
    expect(upgraded.nameWords).toContain('айгерим');
    expect(serviceWordsOfCase(upgraded)).toEqual(serviceWords);
    expect(serviceWords).toContain('пособия');
    expect(upgraded.iins).toEqual(iins);
    expect(upgraded.iins).toContain(childIin);
    expect((await searchCases(db, 'курмангалиева айгерим'))!.cases.map((c) => c.id)).toEqual([state.caseId]);
    expect((await searchCases(db, childIin))!.cases.map((c) => c.id)).toEqual([state.caseId]);
    expect((await searchCases(db, 'пособие'))!.cases.map((c) => c.id)).toEqual([state.caseId]);
  });

  it('gives case rows restored from an older backup their search fields', async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db),
      filledForm({ entryId: entry.id, surname: 'Нұрғалиев', name: 'Бауыржан' }),
      entry,
      checklistFor(entry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const { nameWords, iins, ...old } = (await db.cases.get(state.caseId))!;
    const [restored] = withSearchFields([old], await db.events.toArray()) as Array<typeof old & { nameWords: string[] }>;
    expect(restored.nameWords).toEqual(nameWords);
    expect(restored.nameWords).toEqual(expect.arrayContaining(['нургалиев', 'бауыржан']));
    expect(restored).toMatchObject({ iins });
    expect(serviceWordsOfCase(restored)).toContain('пособия');
    const current = { ...old, nameWords, iins };
    expect(withSearchFields([current], [])).toEqual([current]);
  });
});
