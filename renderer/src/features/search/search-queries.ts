// Instant search over the case summaries: every query reads one index.
import { normaliseShortCode, parseRegistrationNumber } from '@shared/case';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import { digitsOnly, searchKey } from '@renderer/db/normalise';

export type SearchKind = 'iin' | 'surname' | 'number' | 'shortCode';

export interface SearchResult {
  kind: SearchKind;
  cases: CaseSummary[];
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
  if (code && /\d/.test(text)) return { kind: 'shortCode', value: code };
  return { kind: 'surname', value: searchKey(text) };
}

export async function searchCases(db: AkimatDb, typed: string, limit = SEARCH_LIMIT): Promise<SearchResult | null> {
  const query = classifyQuery(typed);
  if (!query) return null;
  const { kind, value } = query;
  const table = db.cases;
  const cases =
    kind === 'iin'
      ? await table.where('iin').startsWith(value).limit(limit).toArray()
      : kind === 'number'
        ? await table.where('number').startsWith(value).limit(limit).toArray()
        : kind === 'shortCode'
          ? await table.where('shortCode').equals(value).limit(limit).toArray()
          : await table.where('surnameKey').startsWith(value).limit(limit).toArray();
  return { kind, cases };
}

/** Open cases of the same applicant and service (the catalog slug): a likely duplicate application. */
export async function openDuplicates(db: AkimatDb, iin: string, service: string): Promise<CaseSummary[]> {
  const same = await db.cases.where('iin').equals(iin).toArray();
  return same.filter((c) => c.entryId.endsWith(`/${service}`) && c.status !== 'handedOver' && c.status !== 'refusedAtIntake');
}
