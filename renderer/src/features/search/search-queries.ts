// Instant search over the case summaries, each query reading an index:
// digits → any IIN on the case (applicant, family, representative) or the
// digits of a number; a registration number or its beginning; a short code or
// its beginning; the talon's QR text (a scanner types it) → that case alone;
// words → every word the beginning of a name word (Kazakh or Russian spelling,
// any order) or of a service word. Exact matches come first.
import { normaliseShortCode, parseRegistrationNumber } from '@shared/case';
import { foldWords, matchesAllWords } from '@shared/search/search-key';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import { digitsOnly } from '@renderer/db/normalise';
import { entryIdsOfServiceWord, PAIR_HEAD, pairKeyPrefix, serviceWordsOfCase } from '@renderer/db/search-index';
import { onServiceWord, serviceStem } from '@shared/search/service-words';
import { caseFromQr, shortCodePrefix } from './typed-codes';

export type SearchKind = 'iin' | 'surname' | 'number' | 'shortCode';

export interface SearchResult {
  kind: SearchKind;
  cases: CaseSummary[];
  /** The case to open straight away: the text was a talon's QR code. */
  open?: string;
}

export const SEARCH_LIMIT = 50;

/** Decides what the typed text is: digits → IIN prefix, a number or a short code, else a surname. */
export function classifyQuery(typed: string): { kind: SearchKind; value: string } | null {
  const text = typed.trim();
  if (!text) return null;
  if (/^[\d\s]+$/.test(text)) return { kind: 'iin', value: digitsOnly(text) };
  if (parseRegistrationNumber(text) || (/^[0-9A-Z]{2,12}-\d{0,2}[A-Z]?-?\d*$/i.test(text) && /\d.*-/.test(text))) {
    return { kind: 'number', value: text.toUpperCase() };
  }
  const code = normaliseShortCode(text);
  if (code) return { kind: 'shortCode', value: code };
  const prefix = shortCodePrefix(text);
  if (prefix && /\d/.test(text)) return { kind: 'shortCode', value: prefix };
  return { kind: 'surname', value: foldWords(text).join(' ') };
}

export async function searchCases(db: AkimatDb, typed: string, limit = SEARCH_LIMIT): Promise<SearchResult | null> {
  const qr = caseFromQr(typed);
  if (qr) {
    const found = 'caseId' in qr ? await db.cases.get(qr.caseId) : await db.cases.where('shortCode').equals(qr.shortCode).toArray();
    const cases = Array.isArray(found) ? found : found ? [found] : [];
    return { kind: 'shortCode', cases, open: cases.length === 1 ? cases[0].id : undefined };
  }
  const query = classifyQuery(typed);
  if (!query) return null;
  const { kind, value } = query;
  const table = db.cases;
  if (kind === 'iin') {
    const byIin = await table.where('iins').startsWith(value).distinct().limit(limit).toArray();
    // Four to eight digits may begin a short code too: its alphabet has 10 digits of 32, so about one
    // case in a hundred has four digits first. IINs come first.
    const code = value.length >= 4 && value.length <= 8 ? shortCodePrefix(value) : null;
    const byCode = code ? await table.where('shortCode').startsWith(code).limit(limit).toArray() : [];
    const cases = unique([...exactFirst(byIin, (c) => c.iins.includes(value)), ...byCode]).slice(0, limit);
    return { kind: byIin.length === 0 && byCode.length > 0 ? 'shortCode' : kind, cases };
  }
  if (kind === 'number') return { kind, cases: await table.where('number').startsWith(value).limit(limit).toArray() };
  if (kind === 'shortCode' && /\d/.test(typed)) {
    return { kind, cases: await table.where('shortCode').startsWith(value).limit(limit).toArray() };
  }
  // Words. An all-letter short code ("KMZR-TXQA") reads as a word too: a case with that code comes first.
  const code = normaliseShortCode(typed.trim()) ?? shortCodePrefix(typed);
  const byCode = code && code.length >= 4 ? await table.where('shortCode').startsWith(code).limit(limit).toArray() : [];
  const byWords = await searchWords(db, foldWords(typed), limit);
  const cases = unique([...byCode, ...byWords]).slice(0, limit);
  return { kind: byCode.length > 0 ? 'shortCode' : 'surname', cases };
}

function onService(c: CaseSummary, part: string): boolean {
  return onServiceWord(serviceWordsOfCase(c), part);
}

/** Every part begins a service word or a name word of its own (two parts never lean on one name word). */
function fits(c: CaseSummary, parts: readonly string[]): boolean {
  return matchesAllWords(
    parts.filter((p) => !onService(c, p)),
    c.nameWords,
  );
}

/**
 * Several words: the cases every word that begins some name word shares (their
 * index keys intersected, no records read), then checked in full — a word that
 * begins no name word must begin a service word. One word, or only service
 * words: the longest picks the index range (name words, then service words)
 * and the rest filter it.
 */
async function searchWords(db: AkimatDb, parts: string[], limit: number): Promise<CaseSummary[]> {
  if (parts.length === 0) return [];
  const paired = parts.length === 2 ? await searchPair(db, parts as [string, string], limit) : null;
  if (paired) return paired;
  if (parts.length > 1) {
    const keys = await Promise.all(parts.map((p) => db.cases.where('nameWords').startsWith(p).primaryKeys()));
    const named = keys.filter((k) => k.length > 0).sort((a, b) => a.length - b.length);
    if (named.length > 0) {
      const shared = named.slice(1).reduce((acc, k) => new Set(k.filter((id) => acc.has(id))), new Set(named[0]));
      const ids = [...shared];
      const found: CaseSummary[] = [];
      for (let i = 0; i < ids.length && found.length < limit; i += 200) {
        const chunk = await db.cases.bulkGet(ids.slice(i, i + 200));
        for (const c of chunk) if (c && fits(c, parts)) found.push(c);
      }
      return exactFirst(found, (c) => parts.every((p) => c.nameWords.includes(p))).slice(0, limit);
    }
  }
  const lead = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const byName = await db.cases
    .where('nameWords')
    .startsWith(lead)
    .distinct()
    .filter((c) => fits(c, parts))
    .limit(limit)
    .toArray();
  // A service word: the catalog's entries with it, then their cases (an index entry a case, not one a title word).
  const services = byName.length < limit ? entryIdsOfServiceWord(serviceStem(lead)) : [];
  const byService =
    services.length > 0
      ? await db.cases
          .where('entryId')
          .anyOf(services)
          .filter((c) => fits(c, parts))
          .limit(limit)
          .toArray()
      : [];
  // Exact name words first: "Ким" before "Кимова".
  return exactFirst(unique([...byName, ...byService]), (c) => parts.every((p) => c.nameWords.includes(p))).slice(0, limit);
}

/** A name word of the case begins `part`. */
const named = (c: CaseSummary, part: string) => c.nameWords.some((w) => w.startsWith(part));

/**
 * Two words that each begin some name word (else null: the general way): one
 * range of the name-pair index (search-index.ts namePairsOf) holds every case
 * with a name word beginning each — read in order until `limit` fit — instead
 * of the keys of both words' ranges (thousands each on a large office).
 * Same cases and order of rank as the general way: exact names first.
 */
async function searchPair(db: AkimatDb, parts: [string, string], limit: number): Promise<CaseSummary[] | null> {
  const [a, b] = [...parts].sort((x, y) => x.length - y.length);
  if (a.length < PAIR_HEAD) return null;
  const starts = await Promise.all(parts.map((p) => db.cases.where('nameWords').startsWith(p).limit(1).primaryKeys()));
  if (starts.some((keys) => keys.length === 0)) return null;
  const exact = (c: CaseSummary) => parts.every((p) => c.nameWords.includes(p));
  const fitting = (c: CaseSummary) => named(c, a) && named(c, b) && fits(c, parts);
  // The exact names first: their pair keys are one key (the longer word whole), read apart so none is missed.
  const [whole, found] = await Promise.all([
    db.cases
      .where('namePairs')
      .equals(pairKeyPrefix(a, b))
      .distinct()
      .filter((c) => exact(c) && fitting(c))
      .limit(limit)
      .toArray(),
    db.cases.where('namePairs').startsWith(pairKeyPrefix(a, b)).distinct().filter(fitting).limit(limit).toArray(),
  ]);
  return unique([...whole, ...exactFirst(found, exact)]).slice(0, limit);
}

function exactFirst(cases: CaseSummary[], exact: (c: CaseSummary) => boolean): CaseSummary[] {
  return [...cases.filter(exact), ...cases.filter((c) => !exact(c))];
}

function unique(cases: CaseSummary[]): CaseSummary[] {
  const seen = new Set<string>();
  return cases.filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined);
}

/** Open cases of the same applicant and service (the catalog slug): a likely duplicate application. */
export async function openDuplicates(db: AkimatDb, iin: string, service: string): Promise<CaseSummary[]> {
  const same = await db.cases.where('iin').equals(iin).toArray();
  return same.filter((c) => c.entryId.endsWith(`/${service}`) && c.status !== 'handedOver' && c.status !== 'refusedAtIntake');
}
