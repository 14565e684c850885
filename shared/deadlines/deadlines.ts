// Due moments of every step of a service, counted from registration along the
// act's own procedure: each step starts when the one before it is due.
import { addWorkingDays, nextWorkingDayFrom } from '../calendar/calendar';
import type { CalendarData } from '../calendar/calendar-data';
import { addDays } from '../calendar/dates';
import type { Actor, CatalogEntry, Channel, Duration, Milestone, StatedTerm } from '../catalog/schema';
import { effectiveBranch, stepsFor } from '../catalog/totals';
import { DEFAULT_OFFICE_HOURS, MOMENT, addOfficeMinutes, makeMoment, momentDate, type OfficeHours } from './office-hours';

export interface StepDue {
  stepId: string;
  actor: Actor;
  milestone?: Milestone;
  duration: Duration | null;
  /** Local wall-clock moment "YYYY-MM-DDTHH:mm" by which the step must be done. */
  due: string;
  countsTowardTerm: boolean;
}

export interface Deadlines {
  entryId: string;
  channel: Channel;
  branch?: string;
  registeredAt: string;
  calendarVersion?: string;
  steps: StepDue[];
  /** False where the act states no duration for any step: there is no result date to promise. */
  hasTerm: boolean;
  /** The moment and the date of the final result: what the talon shows. */
  resultDueAt: string;
  resultDate: string;
}

export interface DeadlineOptions {
  channel: Channel;
  branch?: string;
  /** Local wall-clock moment of registration, "YYYY-MM-DDTHH:mm". */
  registeredAt: string;
  calendar?: CalendarData;
  officeHours?: OfficeHours;
  /** An overall term of the act (entry.statedTerms id) that applies to this application. */
  statedTerm?: string;
}

/**
 * The end of a term that starts at `start` (Civil Code art. 171–173): it runs from the
 * next day, ends when the office closes on its last day, and a last day that is a
 * day off moves to the next working day. Minutes and hours count inside office hours.
 */
export function stepDue(start: string, duration: Duration, hours: OfficeHours, calendar?: CalendarData): string {
  switch (duration.unit) {
    case 'minutes':
      return addOfficeMinutes(start, duration.amount, hours, calendar);
    case 'hours':
      return addOfficeMinutes(start, duration.amount * 60, hours, calendar);
    case 'workingDays':
      return makeMoment(addWorkingDays(momentDate(start), duration.amount, calendar), hours.close);
    case 'calendarDays':
      return makeMoment(nextWorkingDayFrom(addDays(momentDate(start), duration.amount), calendar), hours.close);
  }
}

/** The overall terms of the act that apply: the one chosen, and those the act states for the whole branch. */
export function applicableTerms(entry: CatalogEntry, channel: Channel, branch?: string, chosen?: string): StatedTerm[] {
  const terms = entry.statedTerms.filter((t) => t.channel === channel && t.automatic && t.branch !== undefined && t.branch === branch);
  if (chosen !== undefined) {
    const term = entry.statedTerms.find((t) => t.id === chosen && t.channel === channel);
    if (!term) throw new Error(`${entry.id} has no stated term "${chosen}" in the "${channel}" channel`);
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

export function computeDeadlines(entry: CatalogEntry, options: DeadlineOptions): Deadlines {
  const { channel, registeredAt, calendar } = options;
  const branch = effectiveBranch(entry, options.branch);
  const hours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  if (!MOMENT.test(registeredAt)) throw new RangeError(`registration moment must be YYYY-MM-DDTHH:mm, got "${registeredAt}"`);
  let cursor = registeredAt;
  const steps = stepsFor(entry, channel, branch).map((step): StepDue => {
    const due = step.duration ? stepDue(cursor, step.duration, hours, calendar) : cursor;
    // A step the act leaves out of the term runs beside the others and does not delay them.
    if (step.countsTowardTerm) cursor = due;
    return {
      stepId: step.id,
      actor: step.actor,
      milestone: step.milestone,
      duration: step.duration,
      due,
      countsTowardTerm: step.countsTowardTerm,
    };
  });
  const terms = applicableTerms(entry, channel, branch, options.statedTerm);
  for (const term of terms) {
    const termEnd = stepDue(registeredAt, term.duration, hours, calendar);
    // The act's overall term wins where it is later than the steps add up to.
    if (termEnd > cursor) cursor = termEnd;
  }
  return {
    entryId: entry.id,
    channel,
    branch,
    registeredAt,
    calendarVersion: calendar?.version,
    steps,
    hasTerm: steps.some((s) => s.duration !== null && s.countsTowardTerm) || terms.length > 0,
    resultDueAt: cursor,
    resultDate: momentDate(cursor),
  };
}
