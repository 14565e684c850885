// The statistics screen's reads, live: a case registered, relayed or handed
// over meanwhile moves the charts. The period's day records (db/stats-days.ts)
// give every chart in one pass (shared/stats); the drill-down list reads its
// cases by id.
import { aggregateDays, type Statistics, type StatsFilter } from '@shared/stats';
import { db } from '@renderer/db/database';
import { useLive, useLiveAt } from '@renderer/db/live';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import { statsDaysBuilt } from '@renderer/db/stats-days';

export interface StatisticsRead {
  stats: Statistics;
  /** The day records of a database from before them are still being built (commands.ts). */
  preparing: boolean;
}

export async function readStatistics(filter: StatsFilter, now: string, source: AkimatDb = db): Promise<StatisticsRead> {
  const rows = await source.statsDays
    .where('day')
    .between(filter.from ?? '0000-01-01', filter.to ?? '9999-12-31', true, true)
    .toArray();
  const built = await statsDaysBuilt(source);
  return {
    stats: aggregateDays(rows, filter, now),
    preparing: !built,
  };
}

export function useStatistics(filter: StatsFilter, now: string, enabled: boolean) {
  return useLiveAt(() => readStatistics(filter, now), [filter.from, filter.to, filter.entryId, filter.office], now, enabled);
}

/** The cases behind a bar, in the order of the bar's ids. */
export async function casesByIds(ids: readonly string[], source: AkimatDb = db): Promise<CaseSummary[]> {
  const rows = await source.cases.bulkGet([...ids]);
  return rows.filter((row): row is CaseSummary => row !== undefined);
}

export function useCasesByIds(ids: readonly string[] | undefined) {
  return useLive(() => casesByIds(ids ?? []), [ids], ids !== undefined);
}
