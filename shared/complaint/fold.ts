// A complaint as it stands, folded from its stream in accepted order: who
// complained about what, its term (5 or 15 working days from registration,
// term.ts), whether it is overdue today, the answer (late or on time,
// justified or not) and its delivery. An event the rules refuse changes
// nothing and is kept aside, as the case fold does. Pure: `now` and the
// calendar come in.
import type { CaseEvent, CaseEventOf, RejectionCode } from '../case';
import { BUNDLED_CALENDAR, type CalendarData } from '../calendar/calendar-data';
import type { Complainant, ComplaintAbout, ComplaintUnit } from './events';
import { type ComplaintRules, type ComplaintStatus, appendToComplaintRules } from './rules';
import { type ComplaintTerm, complaintTerm } from './term';

export interface ComplaintAnswer {
  at: string;
  text: string;
  justified: boolean;
  outgoingNumber: string;
  signedBy: string;
  signerRole: CaseEvent['actor']['role'];
}

export interface ComplaintState {
  id: string;
  number: string;
  unit: ComplaintUnit;
  /** The office whose journal holds it (undefined for the district's own journal). */
  officeCode: string | undefined;
  registeredAt: string;
  /** Who accepted it (the talon names them). */
  acceptedBy: string;
  form: 'written' | 'oral';
  about: ComplaintAbout;
  aboutCaseId: string | undefined;
  complainant: Complainant;
  subject: string;
  escalated?: { at: string; body: string; note?: string };
  term: ComplaintTerm;
  dueDate: string;
  status: ComplaintStatus;
  answer?: ComplaintAnswer;
  answeredAt: string | undefined;
  /** Not answered and the due date has passed. */
  overdue: boolean;
  /** Answered after the due date. */
  late: boolean;
  justified: boolean | undefined;
  delivery?: { at: string; how: 'inPerson' | 'post' | 'email'; date: string; note?: string; by: string };
  events: CaseEvent[];
  rejected: { event: CaseEvent; code: RejectionCode }[];
}

export interface FoldComplaintOptions {
  /** Today (YYYY-MM-DD) or a local moment; only its date counts. */
  now: string;
  calendar?: CalendarData;
}

type Of<T extends CaseEvent['type']> = CaseEventOf<T>;

/** Folds a complaint's stream; undefined when nothing registered it. */
export function foldComplaint(events: readonly CaseEvent[], options: FoldComplaintOptions): ComplaintState | undefined {
  const calendar = options.calendar ?? BUNDLED_CALENDAR;
  const today = options.now.slice(0, 10);
  let rules: ComplaintRules | undefined;
  let state: ComplaintState | undefined;
  const rejected: ComplaintState['rejected'] = [];
  for (const event of events) {
    const verdict = appendToComplaintRules(rules, event);
    if (!verdict.ok) {
      rejected.push({ event, code: verdict.code });
      continue;
    }
    rules = verdict.rules;
    if (event.type === 'complaintRegistered') {
      const p = (event as Of<'complaintRegistered'>).payload;
      const term = complaintTerm(p.registeredAt, false, calendar);
      state = {
        id: event.caseId,
        number: p.number,
        unit: p.unit,
        officeCode: p.unit.kind === 'office' ? p.unit.code : undefined,
        registeredAt: p.registeredAt,
        acceptedBy: event.actor.name,
        form: p.form,
        about: p.about,
        aboutCaseId: p.about.kind === 'case' ? p.about.caseId : undefined,
        complainant: p.complainant,
        subject: p.subject,
        term,
        dueDate: term.due,
        status: 'open',
        answeredAt: undefined,
        overdue: false,
        late: false,
        justified: undefined,
        events: [],
        rejected,
      };
    } else if (state) apply(state, event, calendar);
    if (state) {
      state.status = rules.status;
      state.events.push(event);
    }
  }
  if (!state) return undefined;
  state.late = state.answeredAt !== undefined && state.answeredAt.slice(0, 10) > state.dueDate;
  state.overdue = state.answeredAt === undefined && today > state.dueDate;
  return state;
}

function apply(state: ComplaintState, event: CaseEvent, calendar: CalendarData): void {
  switch (event.type) {
    case 'complaintEscalated': {
      const p = (event as Of<'complaintEscalated'>).payload;
      state.escalated = { at: event.at, body: p.body, note: p.note };
      state.term = complaintTerm(state.registeredAt, true, calendar);
      state.dueDate = state.term.due;
      return;
    }
    case 'complaintAnswered': {
      const p = (event as Of<'complaintAnswered'>).payload;
      state.answer = { at: event.at, signerRole: event.actor.role, ...p };
      state.answeredAt = event.at;
      state.justified = p.justified;
      return;
    }
    case 'complaintDelivered': {
      const p = (event as Of<'complaintDelivered'>).payload;
      state.delivery = { at: event.at, by: event.actor.name, ...p };
      return;
    }
  }
}
