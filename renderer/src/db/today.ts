// The Today lists: what needs doing, most urgent first. Each list reads one
// index; counts come from the index too, lists are capped.
import Dexie from 'dexie';
import type { AkimatDb, CaseSummary } from './schema';

export const TODAY_LIMIT = 30;

export interface TodayList {
  count: number;
  cases: CaseSummary[];
}

export interface TodayLists {
  overdue: TodayList;
  dueToday: TodayList;
  atCommission: TodayList;
  atDistrict: TodayList;
  resultReady: TodayList;
}

/** `now` is the local moment "YYYY-MM-DDTHH:mm". */
export async function todayLists(db: AkimatDb, now: string, limit = TODAY_LIMIT): Promise<TodayLists> {
  const endOfDay = now.slice(0, 10) + 'T23:59';
  const overdueRange = db.cases.where('openDue').below(now);
  const todayRange = db.cases.where('openDue').between(now, endOfDay, true, true);
  // [status+openDue] keeps each status list in due order without sorting in memory.
  const statusList = async (statuses: string[]): Promise<TodayList> => {
    const counts = await Promise.all(statuses.map((s) => db.cases.where('status').equals(s).count()));
    const lists = await Promise.all(
      statuses.map((s) => db.cases.where('[status+openDue]').between([s, Dexie.minKey], [s, Dexie.maxKey]).limit(limit).toArray()),
    );
    const cases = lists.flat().sort((a, b) => ((a.openDue ?? '') < (b.openDue ?? '') ? -1 : 1)).slice(0, limit);
    return { count: counts.reduce((a, b) => a + b, 0), cases };
  };
  const [overdueCount, overdue, todayCount, dueToday, atCommission, atDistrict, resultReady] = await Promise.all([
    overdueRange.clone().count(),
    overdueRange.clone().limit(limit).toArray(),
    todayRange.clone().count(),
    todayRange.clone().limit(limit).toArray(),
    statusList(['atCommission']),
    statusList(['relayed', 'atDistrict']),
    statusList(['resultReady']),
  ]);
  return {
    overdue: { count: overdueCount, cases: overdue },
    dueToday: { count: todayCount, cases: dueToday },
    atCommission,
    atDistrict,
    resultReady,
  };
}
