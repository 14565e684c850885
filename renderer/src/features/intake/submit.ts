// Records an application at the counter: one transaction each, with the
// registration number reserved inside it and the draft removed with it.
import type { CatalogEntry } from '@shared/catalog/schema';
import type { CaseState } from '@shared/case';
import type { OfficeHours } from '@shared/deadlines';
import { appendEvents, nextRegistrationNumber, type WriteContext } from '@renderer/db/case-store';
import type { ChecklistItem } from './checklist';
import type { IntakeForm } from './form';
import { refusalEvents, registrationEvents } from './record';

export async function registerApplication(
  ctx: WriteContext,
  form: IntakeForm,
  entry: CatalogEntry,
  checklist: ChecklistItem[],
  hours: OfficeHours,
  draftId?: string,
): Promise<CaseState> {
  return appendEvents(
    ctx,
    crypto.randomUUID(),
    async () => registrationEvents(form, entry, checklist, await nextRegistrationNumber(ctx), ctx.at, hours),
    { draftId },
  );
}

export async function refuseApplication(
  ctx: WriteContext,
  form: IntakeForm,
  entry: CatalogEntry,
  missing: ChecklistItem[],
  draftId?: string,
): Promise<CaseState> {
  return appendEvents(ctx, crypto.randomUUID(), async () => refusalEvents(form, entry, missing, await nextRegistrationNumber(ctx)), {
    draftId,
  });
}
