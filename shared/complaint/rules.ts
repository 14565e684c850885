// What may follow what on a complaint's stream, checked on a small state the
// server keeps beside the stream (like a case's rule state) and by the fold:
// registered once, then by the same unit only; escalated once before the
// answer; answered once; delivered after the answer.
import type { CaseEvent, RejectionCode } from '../case';
import { isComplaintEventType } from './events';

export type ComplaintStatus = 'open' | 'escalated' | 'answered' | 'delivered';

export interface ComplaintRules {
  /** Tells a complaint's rule state from a case's or a unit's in the server's rule_state column. */
  complaint: true;
  unitKind: 'office' | 'district';
  unitCode: string;
  status: ComplaintStatus;
}

export type ComplaintVerdict = { ok: true; rules: ComplaintRules } | { ok: false; code: RejectionCode; message: string };

const refuse = (code: RejectionCode, message: string): ComplaintVerdict => ({ ok: false, code, message });

export const isComplaintRules = (rules: unknown): rules is ComplaintRules =>
  typeof rules === 'object' && rules !== null && (rules as { complaint?: unknown }).complaint === true;

/** The verdict on one event of a complaint's stream and, when accepted, the rules after it (the input is not changed). */
export function appendToComplaintRules(current: ComplaintRules | undefined, event: CaseEvent): ComplaintVerdict {
  if (!isComplaintEventType(event.type)) return refuse('wrongCase', 'not a fact of a complaint');
  if (event.type === 'complaintRegistered') {
    if (current) return refuse('notFirst', 'the complaint is already registered');
    const { unit } = event.payload;
    if (unit.code !== event.office) return refuse('wrongCase', "a complaint goes to the journal of the writer's own unit");
    return { ok: true, rules: { complaint: true, unitKind: unit.kind, unitCode: unit.code, status: 'open' } };
  }
  if (!current) return refuse('notRegistered', 'no such complaint');
  if (event.office !== current.unitCode) return refuse('wrongCase', "another unit's complaint");
  const next = (status: ComplaintStatus): ComplaintVerdict => ({ ok: true, rules: { ...current, status } });
  switch (event.type) {
    case 'complaintEscalated':
      return current.status === 'open' ? next('escalated') : refuse('wrongState', `not allowed while the complaint is "${current.status}"`);
    case 'complaintAnswered':
      return current.status === 'open' || current.status === 'escalated'
        ? next('answered')
        : refuse('wrongState', 'the complaint is answered already');
    case 'complaintDelivered':
      return current.status === 'answered' ? next('delivered') : refuse('notAnswered', 'no answer to deliver yet');
  }
  return refuse('wrongCase', 'not a fact of a complaint');
}
