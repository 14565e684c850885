// Whether an act is in force, and how acts are ordered and named in lists: acts
// in force first, a repealed act says so with its date, and two entries of the
// same service in one list say which act each comes from.
import type { Language } from '../i18n/translate';
import type { Act, CatalogEntry } from './schema';

export type ActStatus = 'inForce' | 'repealed' | 'notYetInForce';

/** The act's status on a date "YYYY-MM-DD": repealed on or after its end date, or where the catalog says so. */
export function actStatus(act: Act, on: string): ActStatus {
  if (act.effectiveTo !== null && act.effectiveTo <= on) return 'repealed';
  // Without a stated start, an act is not in force before it was adopted.
  const from = act.effectiveFrom ?? act.date;
  if (from !== null && on < from) return 'notYetInForce';
  if (act.status === 'repealed' || (act.repealedBy !== null && act.effectiveTo === null)) return 'repealed';
  return 'inForce';
}

const RANK: Record<ActStatus, number> = { inForce: 0, notYetInForce: 1, repealed: 2 };

/** Acts in force first, then not yet in force, then repealed; the newest act first within each group. */
export function sortActsInForceFirst<T extends Act>(acts: readonly T[], on: string): T[] {
  return [...acts].sort((a, b) => RANK[actStatus(a, on)] - RANK[actStatus(b, on)] || (b.date ?? '').localeCompare(a.date ?? ''));
}

/** Catalog entries ordered by their acts: in force first. */
export function sortEntriesInForceFirst(entries: readonly CatalogEntry[], on: string): CatalogEntry[] {
  return [...entries].sort(
    (a, b) => RANK[actStatus(a.act, on)] - RANK[actStatus(b.act, on)] || (b.act.date ?? '').localeCompare(a.act.date ?? ''),
  );
}

/** "21.05.2014". */
function dotted(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const KIND: Record<Act['kind'], { kk: string; ru: string }> = {
  regulation: { kk: 'регламенттер', ru: 'регламенты' },
  modelStandard: { kk: 'үлгі стандарт', ru: 'типовой стандарт' },
  standard: { kk: 'стандарт', ru: 'стандарт' },
};

/** The act in a few words: "Қызылорда облысының әкімдігі, 21.05.2014, № 590 (регламенттер)". */
export function actLabel(act: Act, language: Language): string {
  const parts = [act.issuer[language], act.date && dotted(act.date), act.number && `№ ${act.number}`].filter(Boolean);
  return `${parts.join(', ')} (${KIND[act.kind][language]})`;
}

/** "2014-11-13 күшін жойған (…)" / "утратил силу 13.11.2014 (…)"; empty for an act in force. */
export function repealedLabel(act: Act, language: Language, on: string): string {
  const status = actStatus(act, on);
  if (status === 'inForce') return '';
  if (status === 'notYetInForce') {
    const start = act.effectiveFrom ?? act.date;
    const from = start ? dotted(start) : '';
    return language === 'kk' ? `${from} бастап қолданысқа енгізіледі` : `вводится в действие с ${from}`;
  }
  const date = act.effectiveTo ? dotted(act.effectiveTo) : null;
  const by = act.repealedBy ? ` (${act.repealedBy})` : '';
  if (language === 'kk') return `${date ? `${date} бастап ` : ''}күшін жойған${by}`;
  return `утратил силу${date ? ` с ${date}` : ''}${by}`;
}

/**
 * The entry's title for a list; where another entry of the list has the same
 * service, the title names the act (and whether it is repealed) so the two differ.
 */
export function entryListLabel(entry: CatalogEntry, list: readonly CatalogEntry[], language: Language, on: string): string {
  const title = entry.title[language];
  const twin = list.some((e) => e !== entry && e.service === entry.service);
  if (!twin) return title;
  const repealed = repealedLabel(entry.act, language, on);
  return `${title} — ${actLabel(entry.act, language)}${repealed ? `; ${repealed}` : ''}`;
}
