// Due moments of every step of a service, counted from registration along the
// act's own procedure: each step starts when the one before it is due.
import { addWorkingDays } from '../calendar/calendar';
import type { CalendarData } from '../calendar/calendar-data';
import { addDays } from '../calendar/dates';
import type { Actor, CatalogEntry, Channel, Duration, Milestone } from '../catalog/schema';
import { stepsFor } from '../catalog/totals';
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

function stepDue(start: string, duration: Duration, hours: OfficeHours, calendar?: CalendarData): string {
  switch (duration.unit) {
    case 'minutes':
      return addOfficeMinutes(start, duration.amount, hours, calendar);
    case 'hours':
      return addOfficeMinutes(start, duration.amount * 60, hours, calendar);
    case 'workingDays':
      return makeMoment(addWorkingDays(momentDate(start), duration.amount, calendar), hours.close);
    case 'calendarDays':
      return makeMoment(addDays(momentDate(start), duration.amount), hours.close);
  }
}

export function computeDeadlines(entry: CatalogEntry, options: DeadlineOptions): Deadlines {
  const { channel, branch, registeredAt, calendar } = options;
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
  if (options.statedTerm !== undefined) {
    const term = entry.statedTerms.find((t) => t.id === options.statedTerm && t.channel === channel);
    if (!term) throw new Error(`${entry.id} has no stated term "${options.statedTerm}" in the "${channel}" channel`);
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
    hasTerm: steps.some((s) => s.duration !== null && s.countsTowardTerm) || options.statedTerm !== undefined,
    resultDueAt: cursor,
    resultDate: momentDate(cursor),
  };
}
