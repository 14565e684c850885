// The incoming register's read, live: an application registered meanwhile joins the list.
import { compareRegistration } from '@shared/case/numbering';
import type { CaseSummary } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';

/** Applications received from `from` to `to` (dates "YYYY-MM-DD", both included), in order of registration. */
export async function registerRows(from: string, to: string, source = db): Promise<CaseSummary[]> {
  const rows = await source.cases.where('registeredDate').between(from, to, true, true).toArray();
  return rows.sort(compareRegistration);
}

export function useRegisterRows(from: string, to: string, enabled: boolean) {
  return useLive(() => registerRows(from, to), [from, to], enabled);
}
