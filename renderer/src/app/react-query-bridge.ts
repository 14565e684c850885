// TEMPORARY, until features/commission, district and handover read through
// useLive like the rest: their React Query reads of IndexedDB used to be
// refreshed by the screens that wrote (and by the sync loop after a pull). Those
// writers no longer tell anyone, so any change to this PC's database marks
// those reads stale here, in one place. Delete this file (and its call in
// main.tsx) once no `useQuery` reads IndexedDB.
import Dexie from 'dexie';
import type { QueryClient } from '@tanstack/react-query';
import { DB_NAME } from '@renderer/db/schema';

/** The query keys whose data comes from IndexedDB in the folders not yet converted. */
const DATABASE_KEYS = new Set(['cases', 'commission', 'users']);

/** The tables a change is in; `parts` look like "idb://akimat-desk/cases/status". */
const tablesOf = (parts: Record<string, unknown>) =>
  Object.keys(parts)
    .filter((part) => part.startsWith(`idb://${DB_NAME}/`))
    .map((part) => part.split('/')[3]);

export function refreshDatabaseQueriesOnWrites(queryClient: QueryClient): void {
  let scheduled = false;
  Dexie.on('storagemutated', (parts) => {
    // The intake draft is saved as the clerk types: no other screen reads it.
    if (tablesOf(parts).every((table) => table === 'drafts') || scheduled) return;
    scheduled = true;
    // One refresh per burst of writes (an append writes several tables, a pull many pages).
    setTimeout(() => {
      scheduled = false;
      void queryClient.invalidateQueries({ predicate: (query) => DATABASE_KEYS.has(String(query.queryKey[0])) });
    }, 0);
  });
}
