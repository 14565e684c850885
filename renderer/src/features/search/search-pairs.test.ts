// Two typed words read one range of the name-pair index (issue 14: under 50 ms
// on 100,000 cases): the same cases as checking every case by hand, exact names
// first; rows of an older schema get their pairs at the upgrade.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { findEntry } from '@shared/catalog';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { foldWords, matchesAllWords } from '@shared/search/search-key';
import { AkimatDb } from '@renderer/db/schema';
import { namePairsOf } from '@renderer/db/search-index';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { STORES_V7 } from '@renderer/testing/previous-schemas';
import { searchCases } from './search-queries';

const entry = findEntry('kzo-590-2014/child-benefit-under-18')!;
const PEOPLE: Array<[string, string, string]> = [
  ['Құрманғалиев', 'Ержан', 'Серікұлы'],
  ['Құрманов', 'Ержан', 'Әлібекұлы'],
  ['Кимова', 'Айгүл', 'Ержанқызы'],
  ['Ким', 'Ержан', ''],
  ['Ержанов', 'Құрман', ''],
  ['Сейітова', 'Гүлнәр', 'Қайратқызы'],
  ['Құрман', 'Ержан', ''],
];

async function office(): Promise<AkimatDb> {
  const db = freshDb();
  for (const [i, [surname, name, patronymic]] of PEOPLE.entries()) {
    const form = filledForm({ entryId: entry.id, surname, name, patronymic, iin: makeIin(`1985-01-0${i + 1}`, 'male', 10 + i)! });
    await registerApplication(writeContext(db), form, entry, checklistFor(entry, false), DEFAULT_OFFICE_HOURS);
  }
  return db;
}

describe('two words through the name-pair index', () => {
  it('finds exactly the cases whose name words begin both words, whatever the order, exact names first', async () => {
    const db = await office();
    const all = await db.cases.toArray();
    for (const typed of [
      'курман ержан',
      'Ержан Құрман',
      'ерж кур',
      'ким ержан',
      'Кимова Ержан',
      'ержан ержан',
      'сейітова айгүл',
      'ки ер',
    ]) {
      const parts = foldWords(typed);
      const expected = all.filter((c) => matchesAllWords(parts, c.nameWords)).map((c) => c.id);
      const found = (await searchCases(db, typed))!.cases.map((c) => c.id);
      expect([...found].sort(), typed).toEqual([...expected].sort());
      const exact = found.map((id) => all.find((c) => c.id === id)!).map((c) => parts.every((p) => c.nameWords.includes(p)));
      expect(exact, typed).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    }
    expect((await searchCases(db, 'ким ержан'))!.cases[0].fullName).toMatch(/^Ким Ержан/);
    // With more matches than are shown, the exact name is still among them, first.
    expect((await searchCases(db, 'ержан курман', 1))!.cases.map((c) => c.fullName)).toEqual(['Құрман Ержан']);
  });

  it('fills the pairs of the cases stored before schema version 11', async () => {
    const source = await office();
    const rows = await source.cases.toArray();
    const events = await source.events.toArray();
    source.close();
    const name = `pairs-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(7).stores(STORES_V7);
    await old.table('events').bulkAdd(events);
    await old.table('cases').bulkPut(rows.map(({ namePairs: _pairs, ...row }) => row));
    old.close();
    const db = new AkimatDb(name);
    const upgraded = await db.cases.toArray();
    for (const row of upgraded) expect(row.namePairs).toEqual(namePairsOf(row.nameWords));
    expect((await searchCases(db, 'курман ержан'))!.cases.map((c) => c.fullName).sort()).toEqual([
      'Ержанов Құрман',
      'Құрман Ержан',
      'Құрманов Ержан Әлібекұлы',
      'Құрманғалиев Ержан Серікұлы',
    ]);
  });
});
