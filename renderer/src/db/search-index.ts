// The search fields of a case summary, kept in Dexie multi-entry indexes:
// every folded name word of the applicant and the representative, every IIN on
// the case (applicant, family, representative). Derived from the case's first
// event only, so the schema upgrade can fill them without folding whole cases.
// A service word is found through the catalog instead (shared/search/service-words.ts):
// the entries whose title has it, then their cases by the `entryId` index; the
// summary keeps the catalog version its entry is read from.
import type { CaseEvent } from '@shared/case';
import type { CatalogEntry } from '@shared/catalog';
import { foldWords } from '@shared/search/search-key';
import { entryIdsWithWord, titleWordsOf } from '@shared/search/service-words';
import { caseEntry } from '@renderer/catalog/catalog';
import { versionsInForce } from '@renderer/catalog/published';

export interface SearchFields {
  nameWords: string[];
  /** Every ordered pair of name words (a word with itself too) as "first letters of one ␁ the other" (namePairsOf). */
  namePairs: string[];
  iins: string[];
  /** The catalog version of the first event (none: the bundled catalog), which names the case's entry and so its service words. */
  catalogVersion?: string;
}

type FirstEvent = Extract<CaseEvent, { type: 'registered' | 'refusalReceiptIssued' }>;

const unique = (items: Iterable<string>): string[] => [...new Set(items)];

export function isFirstEvent(event: CaseEvent): event is FirstEvent {
  return event.type === 'registered' || event.type === 'refusalReceiptIssued';
}

/** An entry's words, folded once: every case of a service has the same (a search checks hundreds). */
const wordsOfEntry = new WeakMap<object, readonly string[]>();

function entryWords(entry: CatalogEntry): readonly string[] {
  let words = wordsOfEntry.get(entry);
  if (!words) {
    words = titleWordsOf(entry.title);
    wordsOfEntry.set(entry, words);
  }
  return words;
}

/** What a summary needs for its service words; rows written before schema version 14 still hold their words. */
export interface ServiceRef {
  entryId: string;
  catalogVersion?: string;
  serviceWords?: readonly string[];
}

/** A case's service words: its entry's title words (or the words an older row holds). */
export function serviceWordsOfCase(c: ServiceRef): readonly string[] {
  if (c.serviceWords) return c.serviceWords;
  const entry = caseEntry({ entryId: c.entryId, registered: { catalogVersion: c.catalogVersion } });
  return entry ? entryWords(entry) : [];
}

/** The entry ids, in every catalog version this PC knows, with a title word beginning `stem`: where the cases of a service word are. */
export function entryIdsOfServiceWord(stem: string): string[] {
  return entryIdsWithWord(
    versionsInForce().catalogs.map((c) => c.entries),
    stem,
    entryWords,
  );
}

export function searchFieldsOf(first: FirstEvent | undefined): SearchFields {
  if (!first) return { nameWords: [], namePairs: [], iins: [] };
  const p = first.payload;
  const a = p.applicant;
  const names = [a.surname, a.name, a.patronymic ?? ''];
  const iins = [a.iin ?? ''];
  if (first.type === 'registered') {
    if (first.payload.representative) {
      names.push(first.payload.representative.fullName);
      iins.push(first.payload.representative.iin);
    }
    for (const member of first.payload.family) iins.push(member.iin);
  }
  const nameWords = unique(names.flatMap(foldWords));
  return {
    nameWords,
    namePairs: namePairsOf(nameWords),
    iins: unique(iins.filter(Boolean)),
    catalogVersion: p.catalogVersion,
  };
}

/** How many first letters of a name word begin its pair keys: two typed words of which one has this many find their cases in one range. */
export const PAIR_HEAD = 3;
const PAIR_JOIN = '\u0001';

/**
 * "ерж␁курмангалиев", "кур␁ержан" …: every ordered pair of name words (a word
 * with itself too), the first by its first PAIR_HEAD letters. Two typed words
 * (the one with PAIR_HEAD letters or more first) read one index range:
 * pairKeyPrefix(first, second).
 */
export function namePairsOf(nameWords: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (const a of nameWords) if (a.length >= PAIR_HEAD) for (const b of nameWords) pairs.add(`${a.slice(0, PAIR_HEAD)}${PAIR_JOIN}${b}`);
  return [...pairs];
}

/** The beginning of the pair keys of the cases with a name word beginning `first` (PAIR_HEAD letters or more) and one beginning `second`. */
export function pairKeyPrefix(first: string, second: string): string {
  return `${first.slice(0, PAIR_HEAD)}${PAIR_JOIN}${second}`;
}

/** Case rows restored from a backup made before schema version 5 get their search fields from their events (before 11, their name pairs). */
export function withSearchFields(cases: unknown[], events: readonly CaseEvent[]): unknown[] {
  const paired = (row: unknown) => {
    const summary = row as Partial<SearchFields>;
    return Array.isArray(summary.nameWords) && !Array.isArray(summary.namePairs)
      ? { ...summary, namePairs: namePairsOf(summary.nameWords) }
      : row;
  };
  if (cases.every((row) => Array.isArray((row as Partial<SearchFields>).nameWords))) return cases.map(paired);
  const firsts = new Map<string, FirstEvent>();
  for (const event of events) if (isFirstEvent(event) && !firsts.has(event.caseId)) firsts.set(event.caseId, event);
  return cases.map((row) => {
    const summary = row as { id: string } & Partial<SearchFields>;
    return Array.isArray(summary.nameWords) ? paired(row) : { ...summary, ...searchFieldsOf(firsts.get(summary.id)) };
  });
}
