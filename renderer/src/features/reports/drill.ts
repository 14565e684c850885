// What a drill-down shows, kept as where it was opened (a table's row and
// column, or a headline figure) rather than as texts and ids: the list follows
// the live statistics and the language switch.
import type { Statistics } from '@shared/stats';
import type { Language } from '@shared/i18n/translate';
import { type TextKey, translate } from '@renderer/texts';
import type { StatsTable } from './tables';

export type Headline = 'total' | 'onTime' | 'overdue' | 'inTerm';
export type DrillTarget = { table: string; row: string; column: number } | { headline: Headline };
export type Drill = (target: DrillTarget) => void;

const HEADLINES: Record<Headline, { title: TextKey; ids(stats: Statistics): string[] }> = {
  total: { title: 'reports.seriesCases', ids: (s) => s.ids },
  onTime: { title: 'reports.seriesOnTime', ids: (s) => s.timeliness.onTime },
  overdue: { title: 'reports.openOverdue', ids: (s) => s.timeliness.overdue },
  inTerm: { title: 'reports.openInTerm', ids: (s) => s.timeliness.inTerm },
};

/** The title and the cases of a drill-down now; undefined when its row is gone from the statistics. */
export function resolveDrill(
  target: DrillTarget,
  stats: Statistics,
  tables: Record<string, StatsTable<unknown>>,
  lang: Language,
): { title: string; ids: string[] } | undefined {
  if ('headline' in target) {
    const headline = HEADLINES[target.headline];
    return { title: translate(lang, headline.title), ids: headline.ids(stats) };
  }
  const table = tables[target.table];
  const row = table?.rows.find((r) => table.key(r) === target.row);
  const column = table?.columns[target.column];
  if (!table || row === undefined || !column?.ids) return undefined;
  return { title: `${table.label(row)} — ${column.head[lang]}`, ids: column.ids(row) };
}
