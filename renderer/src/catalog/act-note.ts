// How a service and its act are named in the renderer's lists: the title (and,
// where two entries of one service are listed, the act it comes from), and
// "repealed on …" beside it. The repealing act's name is written in Kazakh only,
// so the Russian screen gives the date alone.
import { actLabel, actStatus, repealedLabel } from '@shared/catalog/act-status';
import type { Act, CatalogEntry } from '@shared/catalog/schema';
import type { Language } from '@shared/i18n/translate';

/** "… күшін жойған (…)" / "утратил силу с …"; empty for an act in force. */
export function actNote(act: Act, language: Language, on: string): string {
  const status = actStatus(act, on);
  if (status !== 'repealed' || language === 'kk') return repealedLabel(act, language, on);
  return repealedLabel({ ...act, status: 'repealed', repealedBy: null }, language, on);
}

/** The entry's title; with its act where another entry of the list has the same service (two child benefits). */
export function serviceLabel(entry: CatalogEntry, list: readonly CatalogEntry[], language: Language): string {
  const twin = list.some((e) => e.id !== entry.id && e.service === entry.service);
  return twin ? `${entry.title[language]} — ${actLabel(entry.act, language)}` : entry.title[language];
}
