// The akimat's writes when the district's decision comes back: register it, hand
// it over to the applicant, note a reprinted duplicate.
import type { CaseEventOf, CaseState, CertificateAnswer } from '@shared/case';
import { appendEvents, type WriteContext } from '@renderer/db/case-store';
import type { TextKey } from '@renderer/texts';
import { ProblemsError } from '@renderer/ui/form-problems';

/** A duplicate of a form was printed: the reprint is part of the case's history. */
export function noteReprint(ctx: WriteContext, caseId: string, form: 'certificate'): Promise<CaseState> {
  return appendEvents(ctx, caseId, () => [{ type: 'formReprinted', payload: { form } }]);
}

/** The district's decision has come back to the akimat: it is registered and waits for the applicant. */
export async function receiveResult(ctx: WriteContext, caseId: string): Promise<CaseState> {
  return appendEvents(ctx, caseId, (existing) => {
    const decided = [...existing].reverse().find((e): e is CaseEventOf<'decided'> => e.type === 'decided');
    // Without a decision the case rules refuse the event with their own reason.
    return [{ type: 'resultReceived', payload: { outcome: decided?.payload.outcome ?? 'notification' } }];
  });
}

export interface HandOverInput {
  receivedBy: string;
  result: 'notification' | 'refusal' | 'certificate';
  /** For a TSA certificate: what it said (district/certificate.ts). */
  certificate?: CertificateAnswer;
}

export async function handOver(ctx: WriteContext, caseId: string, input: HandOverInput): Promise<CaseState> {
  if (!input.receivedBy.trim()) throw new ProblemsError<TextKey>({ receivedBy: { text: 'common.problemRequired' } });
  const certificate = input.result === 'certificate' && input.certificate ? { certificate: input.certificate } : {};
  return appendEvents(ctx, caseId, () => [
    { type: 'handedOver', payload: { receivedBy: input.receivedBy.trim(), result: input.result, ...certificate } },
  ]);
}
