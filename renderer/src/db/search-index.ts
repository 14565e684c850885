// The search fields of a case summary, kept in Dexie multi-entry indexes:
// every folded name word of the applicant and the representative, every folded
// word of the service title (both languages), every IIN on the case (applicant,
// family, representative). Derived from the case's first event only, so the
// schema upgrade can fill them without folding whole cases.
import type { CaseEvent } from '@shared/case';
import { foldWords } from '@shared/search/search-key';
import { caseEntry } from '@renderer/catalog/catalog';

export interface SearchFields {
  nameWords: string[];
  /** Every ordered pair of name words (a word with itself too) as "first letters of one ␁ the other" (namePairsOf). */
  namePairs: string[];
  serviceWords: string[];
  iins: string[];
}

type FirstEvent = Extract<CaseEvent, { type: 'registered' | 'refusalReceiptIssued' }>;

const unique = (items: Iterable<string>): string[] => [...new Set(items)];

export function isFirstEvent(event: CaseEvent): event is FirstEvent {
  return event.type === 'registered' || event.type === 'refusalReceiptIssued';
}

/** An entry's words, folded once: every case of a service has the same (a pulled page summarises hundreds). */
const wordsOfEntry = new WeakMap<object, string[]>();

/** Service words shorter than three letters ("до", "на", "и") would match everything. */
export function serviceWordsOf(entryId: string, catalogVersion?: string): string[] {
  const entry = caseEntry({ entryId, registered: { catalogVersion } });
  if (!entry) return [];
  let words = wordsOfEntry.get(entry);
  if (!words) {
    words = unique([...foldWords(entry.title.kk), ...foldWords(entry.title.ru)].filter((w) => w.length >= 3));
    wordsOfEntry.set(entry, words);
  }
  return [...words];
}

export function searchFieldsOf(first: FirstEvent | undefined): SearchFields {
  if (!first) return { nameWords: [], namePairs: [], serviceWords: [], iins: [] };
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
    serviceWords: serviceWordsOf(p.entryId, p.catalogVersion),
    iins: unique(iins.filter(Boolean)),
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
