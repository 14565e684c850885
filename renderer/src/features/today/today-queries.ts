// The Today lists: what needs doing, most urgent first. Each list reads one
// index; counts come from the index too, lists are capped.
import Dexie from 'dexie';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';

export const TODAY_LIMIT = 30;
/** Counts stop here ("99+"): counting a backlog walks the index key by key (about 25 ms per thousand on an office PC), and past a hundred the exact figure helps no one at the counter. */
export const COUNT_CAP = 99;

export interface TodayList {
  count: number;
  /** True when there are more than COUNT_CAP and `count` is the cap. */
  capped: boolean;
  cases: CaseSummary[];
}

async function cappedCount(collection: {
  limit(n: number): { primaryKeys(): Promise<unknown[]> };
}): Promise<{ count: number; capped: boolean }> {
  const keys = await collection.limit(COUNT_CAP + 1).primaryKeys();
  return keys.length > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: keys.length, capped: false };
}

export interface TodayLists {
  overdue: TodayList;
  dueToday: TodayList;
  atCommission: TodayList;
  atDistrict: TodayList;
  resultReady: TodayList;
}

/** `now` is the local moment "YYYY-MM-DDTHH:mm". One read transaction: the counts and lists agree with each other. */
export async function todayLists(db: AkimatDb, now: string, limit = TODAY_LIMIT): Promise<TodayLists> {
  return db.transaction('r', db.cases, () => readTodayLists(db, now, limit));
}

async function readTodayLists(db: AkimatDb, now: string, limit: number): Promise<TodayLists> {
  const endOfDay = `${now.slice(0, 10)}T23:59`;
  const overdueRange = db.cases.where('openDue').below(now);
  const todayRange = db.cases.where('openDue').between(now, endOfDay, true, true);
  // [status+openDue] keeps each status list in due order without sorting in memory.
  const statusList = async (statuses: string[]): Promise<TodayList> => {
    const counts = await Promise.all(statuses.map((s) => cappedCount(db.cases.where('status').equals(s))));
    const lists = await Promise.all(
      statuses.map((s) => db.cases.where('[status+openDue]').between([s, Dexie.minKey], [s, Dexie.maxKey]).limit(limit).toArray()),
    );
    const cases = lists
      .flat()
      .sort((a, b) => ((a.openDue ?? '') < (b.openDue ?? '') ? -1 : 1))
      .slice(0, limit);
    const total = counts.reduce((a, b) => a + b.count, 0);
    return { count: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP || counts.some((c) => c.capped), cases };
  };
  const [overdueCount, overdue, todayCount, dueToday, atCommission, atDistrict, resultReady] = await Promise.all([
    cappedCount(overdueRange.clone()),
    overdueRange.clone().limit(limit).toArray(),
    cappedCount(todayRange.clone()),
    todayRange.clone().limit(limit).toArray(),
    statusList(['atCommission']),
    statusList(['relayed', 'atDistrict']),
    statusList(['resultReady']),
  ]);
  return {
    overdue: { ...overdueCount, cases: overdue },
    dueToday: { ...todayCount, cases: dueToday },
    atCommission,
    atDistrict,
    resultReady,
  };
}
