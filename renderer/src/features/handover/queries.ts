// The return path's reads at the akimat, live: each hook re-runs its query when
// what it read changes, so no write refreshes a screen.
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { handedOverBetween, returnPathLists } from '@renderer/features/district/reads';

/** The files kept with a case (what a relay sends to the district). */
export function useCaseFiles(caseId: string) {
  return useLive(() => db.attachments.where('caseId').equals(caseId).toArray(), [caseId]);
}

/** For Today: packages the district sent back, and decisions that arrived. */
export function useReturnPathLists() {
  return useLive(() => returnPathLists(db), []);
}

/** Results handed over between two dates (inclusive), while the range holds. */
export function useHandedOver(from: string, to: string, enabled: boolean) {
  return useLive(() => handedOverBetween(db, from, to), [from, to], enabled);
}
