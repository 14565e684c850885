// The term of a complaint: 5 working days from registration at the provider,
// the akim or the Centre; 15 working days from registration once it is with
// the authorised body for assessing and controlling the quality of public
// services (seed 003 para 11, L289 and L311;
// catalog-kostanay-almaty-and-standards.md, C-2).
// The registration day does not count (Civil Code art. 171); the days off it
// skips are named, so the date can be explained on screen.
import { addWorkingDays } from '../calendar/calendar';
import { BUNDLED_CALENDAR, type CalendarData } from '../calendar/calendar-data';
import { daysOffBetween, type SkippedDay } from '../deadlines/explain';

export const COMPLAINT_TERM_DAYS = { provider: 5, authorisedBody: 15 } as const;

/** Where the act states the terms. */
export const COMPLAINT_TERM_SOURCE = { provider: '003:L289', authorisedBody: '003:L311' } as const;

export interface ComplaintTerm {
  /** The registration date the term runs from. */
  from: string;
  workingDays: number;
  due: string;
  /** The days off between registration and the due date, with their names. */
  daysOff: SkippedDay[];
  /** Where the act states this term, e.g. "003:L289". */
  source: string;
}

export function complaintTerm(registeredAt: string, escalated: boolean, calendar: CalendarData = BUNDLED_CALENDAR): ComplaintTerm {
  const from = registeredAt.slice(0, 10);
  const at = escalated ? 'authorisedBody' : 'provider';
  const workingDays = escalated ? COMPLAINT_TERM_DAYS.authorisedBody : COMPLAINT_TERM_DAYS.provider;
  const due = addWorkingDays(from, workingDays, calendar);
  return { from, workingDays, due, daysOff: daysOffBetween(`${from}T00:00`, `${due}T00:00`, calendar), source: COMPLAINT_TERM_SOURCE[at] };
}
