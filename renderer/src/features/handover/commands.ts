// The akimat's own writes on the return path beyond the district's commands
// (relay, receive, hand over: features/district/commands.ts).
import type { CaseState } from '@shared/case';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';

/** A duplicate of a form was printed: the reprint is part of the case's history. */
export function noteReprint(ctx: WriteContext, caseId: string, form: 'certificate'): Promise<CaseState> {
  return appendEvents(ctx, caseId, () => [{ type: 'formReprinted', payload: { form } }]);
}
