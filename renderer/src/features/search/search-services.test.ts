// Search by a service word goes through the catalog (its entries, then their
// cases by entryId) since schema 14: it finds exactly the cases the multi-entry
// index of every case's service words found before, for rows written by the
// previous build (which keep their words) and rows written now (which do not).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '@shared/catalog';
import { entryIdsWithWord, serviceStem, titleWordsOf } from '@shared/search/service-words';
import { AkimatDb, type CaseSummary } from '@renderer/db/schema';
import { serviceWordsOfCase } from '@renderer/db/search-index';
import { STORES_V12 } from '@renderer/testing/previous-schemas';
import { searchCases } from './search-queries';

/** Two cases of every catalog entry, named so that no name word begins a service word. */
function summaries(withWords: boolean): CaseSummary[] {
  return CATALOG.flatMap((entry, i) =>
    [0, 1].map((k) => ({
      id: `case-${String(i).padStart(2, '0')}-${k}`,
      number: `0512-26A-${String(2 * i + k + 1).padStart(4, '0')}`,
      shortCode: `C${i}X${k}`,
      entryId: entry.id,
      status: 'registered' as const,
      iin: '900412403158',
      surname: 'Zz',
      surnameKey: 'zz',
      fullName: 'Zz Qq',
      nameWords: ['zz', 'qq'],
      namePairs: [],
      iins: ['900412403158'],
      ...(withWords ? { serviceWords: titleWordsOf(entry.title) } : {}),
      registeredDate: '2026-01-05',
      registeredAt: '2026-01-05T10:00',
      acceptedBy: 'Сәрсенова Ә.',
      eventCount: 2,
    })),
  );
}

/** Every title word of the catalog, a stem of each, and a few that begin none. */
const TYPED = [...new Set(CATALOG.flatMap((e) => titleWordsOf(e.title)).flatMap((w) => [w, w.slice(0, 4), serviceStem(w)]))];

const found = async (db: AkimatDb, typed: string) => ((await searchCases(db, typed, 1000))?.cases ?? []).map((c) => c.id).sort();

describe('search by a service word through the catalog', () => {
  it('finds the same cases as the index of service words of schema 12, on upgraded and on new rows', async () => {
    const name = `services-${Date.now()}`;
    const old = new Dexie(name);
    old.version(12).stores(STORES_V12);
    await old.table('cases').bulkPut(summaries(true));
    const before = new Map<string, string[]>();
    for (const typed of [...TYPED, 'субсидия', 'зз']) {
      const keys = await old.table('cases').where('serviceWords').startsWith(serviceStem(typed)).primaryKeys();
      before.set(typed, [...new Set(keys as string[])].sort());
    }
    old.close();
    expect([...before.values()].filter((ids) => ids.length > 0).length).toBeGreaterThan(100);

    const upgraded = new AkimatDb(name);
    const fresh = new AkimatDb(`${name}-new`);
    await fresh.cases.bulkPut(summaries(false));
    for (const [typed, ids] of before) {
      expect(await found(upgraded, typed), typed).toEqual(ids);
      expect(await found(fresh, typed), typed).toEqual(ids);
    }
    expect(await found(fresh, 'пособие zz')).toEqual(await found(fresh, 'пособие'));
    expect((await found(fresh, 'пособие')).length).toBeGreaterThan(0);
    expect(await found(fresh, 'пособие qqq')).toEqual([]);
  });

  it('reads a new row’s words from its entry, and an older row’s own', () => {
    const [row] = summaries(false);
    expect(serviceWordsOfCase(row)).toEqual(titleWordsOf(CATALOG[0].title));
    expect(serviceWordsOfCase({ ...row, serviceWords: ['старое'] })).toEqual(['старое']);
    expect(serviceWordsOfCase({ ...row, entryId: 'no-such/entry' })).toEqual([]);
  });

  it('looks a word up in every catalog version given', () => {
    const [a, b] = CATALOG;
    const renamed = { ...b, title: { kk: 'Жаңа атау', ru: 'Новое название' } };
    expect(entryIdsWithWord([[a, b]], 'новое')).toEqual([]);
    expect(
      entryIdsWithWord(
        [
          [a, b],
          [a, renamed],
        ],
        'новое',
      ),
    ).toEqual([b.id]);
    expect(entryIdsWithWord([[a, b]], serviceStem(titleWordsOf(a.title)[0]))).toContain(a.id);
  });
});
