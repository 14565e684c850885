// The push side of a complaint's stream (shared/complaint): a complaint goes
// only into the journal of the device's own unit, is about a case that unit
// sees (when it names one), and follows the complaint's rules on the rule
// state kept beside its stream. Case facts never land on a complaint's stream,
// nor complaint facts on a case's or a unit's.
import type { CaseEvent, RejectionCode } from '../../../shared/case';
import { appendToComplaintRules, type ComplaintRules, isComplaintEventType, isComplaintRules } from '../../../shared/complaint';
import type { SyncErrorCode } from '../../../shared/sync/protocol';
import type { Queryable } from './driver';
import { type Device, unitCodeOf } from './types';
import { type CaseScopeRow, caseVisibleTo } from './visibility';

export type ComplaintCheck =
  | { ok: true; rules: ComplaintRules }
  | { ok: false; status: number; code: SyncErrorCode; rejection?: RejectionCode }
  /** Not a complaint's business: the case rules decide. */
  | { ok: 'notComplaint' };

const rejected = (rejection: RejectionCode): ComplaintCheck => ({ ok: false, status: 422, code: 'eventRejected', rejection });

export async function checkComplaintEvent(
  db: Queryable,
  device: Device,
  event: CaseEvent,
  stream: { row: unknown; rules: unknown },
  /** Rows of cases the batch has seen (those it wrote included), by id. */
  knownCase: (caseId: string) => CaseScopeRow | null | undefined,
): Promise<ComplaintCheck> {
  const complaintStream = isComplaintRules(stream.rules);
  if (!isComplaintEventType(event.type)) return complaintStream ? rejected('wrongCase') : { ok: 'notComplaint' };
  // A complaint's fact on a case's or a unit's stream.
  if (stream.rules !== undefined && stream.rules !== null && !complaintStream) return rejected('wrongCase');
  if (event.type === 'complaintRegistered') {
    if (stream.row) return rejected('notFirst');
    const { unit, about } = event.payload;
    if (unit.kind !== device.kind || unit.code !== unitCodeOf(device)) return { ok: false, status: 403, code: 'outOfScope' };
    if (about.kind === 'case') {
      let row = knownCase(about.caseId);
      if (row === undefined) {
        row = await db.get<CaseScopeRow>('SELECT office_code, district_code, delivered_seq FROM cases WHERE case_id = ?', [about.caseId]);
      }
      if (!row || !caseVisibleTo(device, row)) return rejected('notRegistered');
    }
  }
  const verdict = appendToComplaintRules(complaintStream ? (stream.rules as ComplaintRules) : undefined, event);
  return verdict.ok ? { ok: true, rules: verdict.rules } : rejected(verdict.code);
}
