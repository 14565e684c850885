// Writes on the case page: the record of a reprinted form, and attached files.
import type { Session } from '@renderer/app/session';
import { writeContextOf } from '@renderer/app/write-context';
import { attachFile } from '@renderer/db/attachments';
import { appendEvents } from '@renderer/db/case-store';
import type { CaseForm } from '@renderer/print/lazy';

export async function recordReprint(session: Session, caseId: string, form: CaseForm): Promise<void> {
  await appendEvents(writeContextOf(session), caseId, () => [{ type: 'formReprinted', payload: { form } }]);
}

/** Stores the file and its `attachmentAdded` event; throws with `problem` for a file that cannot be attached. */
export async function attachToCase(session: Session, caseId: string, file: File): Promise<void> {
  await attachFile(writeContextOf(session), caseId, file);
}
