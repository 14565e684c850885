// Search by a word of a service's title ("пособие", "жәрдемақы") goes through
// the catalog: the entries whose title has a word beginning what was typed, then
// the cases of those entries (one `entryId` index entry a case, where a
// multi-entry index of every case's ~19 title words cost a first sync of 10,000
// cases some 190,000 index entries).
import type { CatalogEntry } from '../catalog/schema';
import { foldWords } from './search-key';

/** The folded words of an entry's title in both languages, once each; shorter than three letters ("до", "на", "и") would match everything. */
export function titleWordsOf(title: { kk: string; ru: string }): string[] {
  return [...new Set([...foldWords(title.kk), ...foldWords(title.ru)].filter((w) => w.length >= 3))];
}

/** Russian and Kazakh endings vary ("пособие", "пособия"): a long service word is matched without its last two letters. */
export function serviceStem(word: string): string {
  return word.length >= 6 ? word.slice(0, Math.max(4, word.length - 2)) : word;
}

/** Some service word begins the stem of `part` (serviceStem). */
export function onServiceWord(words: readonly string[], part: string): boolean {
  const stem = serviceStem(part);
  return words.some((w) => w.startsWith(stem));
}

/**
 * The ids of the entries, in any of the catalog versions given, that have a
 * title word beginning `stem`, sorted, once each. A case is found by its own
 * version's entry; an id found in another version only widens the candidates,
 * which the caller checks against each case's own words.
 */
export function entryIdsWithWord(
  catalogs: Iterable<readonly CatalogEntry[]>,
  stem: string,
  wordsOf: (entry: CatalogEntry) => readonly string[] = (e) => titleWordsOf(e.title),
): string[] {
  const ids = new Set<string>();
  for (const entries of catalogs) for (const e of entries) if (!ids.has(e.id) && wordsOf(e).some((w) => w.startsWith(stem))) ids.add(e.id);
  return [...ids].sort();
}
