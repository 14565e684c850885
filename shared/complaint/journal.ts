// The journal of complaints for a period as plain rows: what the printed
// journal shows and what an export writes (one row per complaint registered
// in the period, in journal order). Pure; texts are the caller's.
import type { ComplaintState } from './fold';

export interface ComplaintJournalRow {
  id: string;
  number: string;
  registeredAt: string;
  acceptedBy: string;
  form: 'written' | 'oral';
  complainant: string;
  complainantAddress: string;
  complainantPhone: string;
  aboutKind: 'case' | 'staff' | 'service';
  /** The case number or the staff member's name ('' for the service in general). */
  aboutWhat: string;
  subject: string;
  escalated: boolean;
  dueDate: string;
  status: ComplaintState['status'];
  answeredAt: string;
  outgoingNumber: string;
  signedBy: string;
  justified: boolean | undefined;
  late: boolean;
  overdue: boolean;
  deliveredHow: 'inPerson' | 'post' | 'email' | '';
  deliveredOn: string;
}

export interface JournalPeriod {
  /** First and last dates (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

export function complaintJournalRows(complaints: readonly ComplaintState[], period: JournalPeriod): ComplaintJournalRow[] {
  return complaints
    .filter((c) => c.registeredAt.slice(0, 10) >= period.from && c.registeredAt.slice(0, 10) <= period.to)
    .sort((a, b) => (a.registeredAt === b.registeredAt ? a.number.localeCompare(b.number) : a.registeredAt < b.registeredAt ? -1 : 1))
    .map((c) => ({
      id: c.id,
      number: c.number,
      registeredAt: c.registeredAt,
      acceptedBy: c.acceptedBy,
      form: c.form,
      complainant: c.complainant.name,
      complainantAddress: c.complainant.address ?? '',
      complainantPhone: c.complainant.phone ?? '',
      aboutKind: c.about.kind,
      aboutWhat: c.about.kind === 'case' ? c.about.caseNumber : c.about.kind === 'staff' ? c.about.staffName : '',
      subject: c.subject,
      escalated: c.escalated !== undefined,
      dueDate: c.dueDate,
      status: c.status,
      answeredAt: c.answeredAt ?? '',
      outgoingNumber: c.answer?.outgoingNumber ?? '',
      signedBy: c.answer?.signedBy ?? '',
      justified: c.justified,
      late: c.late,
      overdue: c.overdue,
      deliveredHow: c.delivery?.how ?? '',
      deliveredOn: c.delivery?.date ?? '',
    }));
}
