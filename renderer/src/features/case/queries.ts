// Reads of one case, live: an event written here, by a pull or in another
// window shows on the case page without a refresh.
import { loadCase } from '@renderer/db/case-store';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';

/** The case folded from its events, overdue marked as of each read; null when there is no such case. */
export function useCase(caseId: string) {
  return useLive(async () => (await loadCase(db, caseId, localMoment())) ?? null, [caseId]);
}

export function useCaseAttachments(caseId: string) {
  return useLive(() => db.attachments.where('caseId').equals(caseId).toArray(), [caseId]);
}

/** The case as it is at this moment, for a form printed right after an event was recorded. */
export async function currentCase(caseId: string) {
  return loadCase(db, caseId);
}
