// Writes of the counter: the draft as the clerk types, and the application
// recorded (registration or refusal receipt) with the draft removed in the same transaction.
import type { CaseState } from '@shared/case';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { Session } from '@renderer/app/session';
import { writeContextOf } from '@renderer/app/write-context';
import { db } from '@renderer/db/database';
import type { ChecklistItem } from './checklist';
import { discardDraft, intakeDraftId, saveDraft } from './drafts';
import type { IntakeForm } from './form';
import { refuseApplication, registerApplication } from './submit';
import type { IntakeMode } from './validate';

export const saveIntakeDraft = (userId: string, form: IntakeForm) => saveDraft(db, userId, form);

export const discardIntakeDraft = (userId: string) => discardDraft(db, userId);

/** Records the checked application: `checklist` for a registration, `missing` for a refusal receipt. */
export function recordApplication(
  session: Session,
  mode: IntakeMode,
  form: IntakeForm,
  entry: CatalogEntry,
  { checklist, missing }: { checklist: ChecklistItem[]; missing: ChecklistItem[] },
): Promise<CaseState> {
  const ctx = writeContextOf(session);
  const draftId = intakeDraftId(session.user.id);
  return mode === 'register'
    ? registerApplication(ctx, form, entry, checklist, session.settings.hours, draftId)
    : refuseApplication(ctx, form, entry, missing, draftId);
}
