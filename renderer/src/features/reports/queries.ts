// The statistics screen's reads, live: a case registered, relayed or handed
// over meanwhile moves the charts. One pass over the period's summaries gives
// every chart (shared/stats); the drill-down list reads its cases by id.
import { computeStatistics, type Statistics, type StatsFilter, WorkingDayCounter } from '@shared/stats';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';

/** Kept between runs: its table of working days is built once per session. */
const counter = new WorkingDayCounter();

export interface StatisticsRead {
  stats: Statistics;
  /** Summaries written before the statistics, still without their steps (commands.ts fills them). */
  unprepared: number;
}

export async function readStatistics(filter: StatsFilter, now: string, source: AkimatDb = db): Promise<StatisticsRead> {
  const range =
    filter.from || filter.to
      ? source.cases.where('registeredDate').between(filter.from ?? '0000-01-01', filter.to ?? '9999-12-31', true, true)
      : source.cases.toCollection();
  const rows = await range.toArray();
  let unprepared = 0;
  for (const row of rows) if (row.steps === undefined) unprepared++;
  return { stats: computeStatistics(rows, filter, { now, counter }), unprepared };
}

export function useStatistics(filter: StatsFilter, now: string, enabled: boolean) {
  return useLive(() => readStatistics(filter, now), [filter.from, filter.to, filter.entryId, filter.office, now], enabled);
}

/** The cases behind a bar, in the order of the bar's ids. */
export async function casesByIds(ids: readonly string[], source: AkimatDb = db): Promise<CaseSummary[]> {
  const rows = await source.cases.bulkGet([...ids]);
  return rows.filter((row): row is CaseSummary => row !== undefined);
}

export function useCasesByIds(ids: readonly string[] | undefined) {
  return useLive(() => casesByIds(ids ?? []), [ids], ids !== undefined);
}
