// The `complaints` table: one summary row per complaint, folded from its stream
// (db/complaint-store.ts) in the same transaction as every write and pull.
// Whether it is overdue depends on today, so screens compute that from `dueDate`.
import type { ComplaintState, ComplaintStatus } from '@shared/complaint';

export interface ComplaintRow {
  id: string;
  number: string;
  unitKind: 'office' | 'district';
  unitCode: string;
  registeredAt: string;
  /** "YYYY-MM-DD" of registration, for the journal's period. */
  registeredDate: string;
  acceptedBy: string;
  form: 'written' | 'oral';
  complainant: string;
  aboutKind: 'case' | 'staff' | 'service';
  aboutCaseId?: string;
  aboutWhat: string;
  subject: string;
  escalated: boolean;
  dueDate: string;
  status: ComplaintStatus;
  /** 1 until answered, so the open ones are one index range. */
  open: 0 | 1;
  answeredAt?: string;
  late: boolean;
  justified?: boolean;
}

export function complaintRow(state: ComplaintState): ComplaintRow {
  const { about } = state;
  return {
    id: state.id,
    number: state.number,
    unitKind: state.unit.kind,
    unitCode: state.unit.code,
    registeredAt: state.registeredAt,
    registeredDate: state.registeredAt.slice(0, 10),
    acceptedBy: state.acceptedBy,
    form: state.form,
    complainant: state.complainant.name,
    aboutKind: about.kind,
    aboutCaseId: state.aboutCaseId,
    aboutWhat: about.kind === 'case' ? about.caseNumber : about.kind === 'staff' ? about.staffName : '',
    subject: state.subject,
    escalated: state.escalated !== undefined,
    dueDate: state.dueDate,
    status: state.status,
    open: state.answeredAt === undefined ? 1 : 0,
    answeredAt: state.answeredAt,
    late: state.late,
    justified: state.justified,
  };
}

/** Unanswered with its due date behind `today`. */
export const isOverdue = (row: Pick<ComplaintRow, 'open' | 'dueDate'>, today: string) => row.open === 1 && today > row.dueDate;
