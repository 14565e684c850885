// The incoming register's read, live: an application registered meanwhile joins the list.
import type { CaseSummary } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';

/** Applications received from `from` to `to` (dates "YYYY-MM-DD", both included), in order of registration. */
export function registerRows(from: string, to: string): Promise<CaseSummary[]> {
  return db.cases.where('registeredDate').between(from, to, true, true).sortBy('registeredAt');
}

export function useRegisterRows(from: string, to: string, enabled: boolean) {
  return useLive(() => registerRows(from, to), [from, to], enabled);
}
