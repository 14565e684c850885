// Today's read, live: the lists and counts move as cases are written or pulled.
import { db } from '@renderer/db/database';
import { useLiveAt } from '@renderer/db/live';
import { todayLists } from './today-queries';

/** `now` is the local moment "YYYY-MM-DDTHH:mm" the lists are counted at. */
export function useTodayLists(now: string) {
  return useLiveAt(() => todayLists(db, now), [], now);
}
