// The acts of the complaints journal, each written as complaint events through
// appendComplaintEvents (rules, outbox, projection in one transaction). Input is
// checked first: a bad value comes back as a named problem for its field (a
// ProblemsError) and nothing is written.
import { COMPLAINT_LIMITS, type ComplaintAbout, type ComplaintState } from '@shared/complaint';
import { isIsoDate } from '@shared/calendar/dates';
import { parseIin } from '@shared/iin/iin';
import type { WriteContext } from '@renderer/db/case-store';
import { appendComplaintEvents, nextComplaintNumber } from '@renderer/db/complaint-store';
import { unitKindOf } from '@renderer/db/unit-store';
import { noteOutgoingNumber } from '@renderer/features/district/outgoing';
import { hasProblems, ProblemsError, type Problems } from '@renderer/ui/form-problems';

export type ComplaintProblem =
  | 'common.problemRequired'
  | 'complaints.problemCaseUnknown'
  | 'complaints.problemTooLong'
  | 'district.problemDate'
  | 'district.problemFutureDate';

type ProblemsOf = Problems<ComplaintProblem>;

export interface ComplaintInput {
  form: 'written' | 'oral';
  aboutKind: 'case' | 'staff' | 'service';
  caseNumber: string;
  staffName: string;
  name: string;
  iin: string;
  address: string;
  phone: string;
  subject: string;
}

/** Finds a case of this PC by its registration number (for a complaint about a case). */
export type CaseByNumber = (number: string) => Promise<{ id: string; number: string } | undefined>;

const trimmed = (v: string) => v.trim();
const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

function need(problems: ProblemsOf, field: string, value: string, max: number): void {
  if (value.trim() === '') problems[field] = { text: 'common.problemRequired' };
  else if (value.trim().length > max) problems[field] = { text: 'complaints.problemTooLong', params: { max } };
}

function may(problems: ProblemsOf, field: string, value: string, max: number): void {
  if (value.trim().length > max) problems[field] = { text: 'complaints.problemTooLong', params: { max } };
}

/** Registers a complaint in this unit's journal; returns its id. */
export async function registerComplaint(ctx: WriteContext, input: ComplaintInput, findCase: CaseByNumber): Promise<string> {
  const problems: ProblemsOf = {};
  need(problems, 'name', input.name, COMPLAINT_LIMITS.name);
  need(problems, 'subject', input.subject, COMPLAINT_LIMITS.subject);
  may(problems, 'address', input.address, COMPLAINT_LIMITS.address);
  may(problems, 'phone', input.phone, COMPLAINT_LIMITS.phone);
  if (input.iin.trim() !== '') {
    const iin = parseIin(input.iin.trim());
    if (!iin.ok) problems.iin = { iin: iin.reason };
  }
  let about: ComplaintAbout = { kind: 'service' };
  if (input.aboutKind === 'staff') {
    need(problems, 'staffName', input.staffName, COMPLAINT_LIMITS.name);
    about = { kind: 'staff', staffName: trimmed(input.staffName) };
  } else if (input.aboutKind === 'case') {
    const found = input.caseNumber.trim() === '' ? undefined : await findCase(input.caseNumber.trim().toUpperCase());
    if (input.caseNumber.trim() === '') problems.caseNumber = { text: 'common.problemRequired' };
    else if (!found) problems.caseNumber = { text: 'complaints.problemCaseUnknown' };
    else about = { kind: 'case', caseId: found.id, caseNumber: found.number };
  }
  if (hasProblems(problems)) throw new ProblemsError(problems);
  const id = crypto.randomUUID();
  await appendComplaintEvents(ctx, id, async () => [
    {
      type: 'complaintRegistered',
      payload: {
        unit: { kind: unitKindOf(ctx.office), code: ctx.office.officeCode },
        number: await nextComplaintNumber(ctx),
        registeredAt: ctx.at,
        form: input.form,
        about,
        complainant: {
          name: trimmed(input.name),
          iin: optional(input.iin),
          address: optional(input.address),
          phone: optional(input.phone),
        },
        subject: trimmed(input.subject),
      },
    },
  ]);
  return id;
}

export function escalateComplaint(ctx: WriteContext, id: string, body: string): Promise<ComplaintState> {
  const problems: ProblemsOf = {};
  need(problems, 'body', body, COMPLAINT_LIMITS.body);
  if (hasProblems(problems)) throw new ProblemsError(problems);
  return appendComplaintEvents(ctx, id, () => [{ type: 'complaintEscalated', payload: { body: trimmed(body) } }]);
}

/** The reasoned answer, in the name of the signer the write context carries (the akim or the head). */
export function answerComplaint(
  ctx: WriteContext,
  id: string,
  input: { text: string; justified: boolean | null; outgoingNumber: string },
): Promise<ComplaintState> {
  const problems: ProblemsOf = {};
  need(problems, 'text', input.text, COMPLAINT_LIMITS.answer);
  need(problems, 'outgoingNumber', input.outgoingNumber, COMPLAINT_LIMITS.number);
  if (input.justified === null) problems.justified = { text: 'common.problemRequired' };
  if (hasProblems(problems)) throw new ProblemsError(problems);
  return appendComplaintEvents(ctx, id, async () => {
    await noteOutgoingNumber(ctx.db, ctx.office, input.outgoingNumber.trim());
    return [
      {
        type: 'complaintAnswered',
        payload: {
          text: trimmed(input.text),
          justified: input.justified === true,
          outgoingNumber: trimmed(input.outgoingNumber),
          signedBy: ctx.actor.name,
        },
      },
    ];
  });
}

export function recordDelivery(
  ctx: WriteContext,
  id: string,
  input: { how: 'inPerson' | 'post' | 'email'; date: string; note: string },
): Promise<ComplaintState> {
  const problems: ProblemsOf = {};
  if (!isIsoDate(input.date)) problems.date = { text: 'district.problemDate' };
  else if (input.date > ctx.at.slice(0, 10)) problems.date = { text: 'district.problemFutureDate' };
  may(problems, 'note', input.note, COMPLAINT_LIMITS.note);
  if (hasProblems(problems)) throw new ProblemsError(problems);
  return appendComplaintEvents(ctx, id, () => [
    { type: 'complaintDelivered', payload: { how: input.how, date: input.date, note: optional(input.note) } },
  ]);
}
