// Half-filled applications, saved as the clerk types, so closing the window or a
// crash loses nothing. One draft per user at the counter.
import type { AkimatDb, DraftRow } from '@renderer/db/schema';

export const intakeDraftId = (userId: string) => `intake:${userId}`;

export async function saveDraft(db: AkimatDb, userId: string, data: unknown, now = new Date()): Promise<void> {
  await db.drafts.put({ id: intakeDraftId(userId), userId, updatedAt: now.toISOString(), data });
}

export async function loadDraft(db: AkimatDb, userId: string): Promise<DraftRow | undefined> {
  return db.drafts.get(intakeDraftId(userId));
}

export async function discardDraft(db: AkimatDb, userId: string): Promise<void> {
  await db.drafts.delete(intakeDraftId(userId));
}
