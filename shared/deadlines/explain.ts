// How a due date was reached, step by step, for the case page and the talon's
// duplicate: each step's term as the act writes it, the rule it is counted by
// (Civil Code art. 171–173), when it starts and ends, and the days off it skips
// with their names. Pure: the same inputs as computeDeadlines, the same result.
import { type DayKind, describeDay, isWorkingDay } from '../calendar/calendar';
import { BUNDLED_CALENDAR, type CalendarData } from '../calendar/calendar-data';
import { addDays } from '../calendar/dates';
import type { Actor, CatalogEntry, Channel, Duration, LocalText, Milestone } from '../catalog/schema';
import { type DurationTotals, stepsFor, sumDurations } from '../catalog/totals';
import { applicableTerms, computeDeadlines, type DeadlineOptions, stepDue } from './deadlines';
import { DEFAULT_OFFICE_HOURS, momentDate, type OfficeHours } from './office-hours';

/** How a term is counted: minutes and hours inside office hours; working or calendar days to the office's closing. */
export type CountingRule = 'noTerm' | 'officeMinutes' | 'workingDays' | 'calendarDays';

export interface SkippedDay {
  date: string;
  kind: DayKind;
  /** The holiday's name (a moved day off: the holiday it moved from). */
  name?: LocalText;
  movedFrom?: string;
  /** The transfer's source in words. */
  decree?: string;
  approximate?: boolean;
}

export interface ExplainedStep {
  stepId: string;
  actor: Actor;
  action: LocalText;
  milestone?: Milestone;
  /** Where the act states the step, e.g. "000:L2252-2253". */
  source: string;
  duration: Duration | null;
  /** The act's own words for the term, e.g. "екі жұмыс күні ішінде". */
  asWritten: string | null;
  rule: CountingRule;
  countsTowardTerm: boolean;
  start: string;
  end: string;
  skipped: SkippedDay[];
}

export interface ExplainedTerm {
  id: string;
  label: LocalText;
  duration: Duration;
  source: string;
  start: string;
  end: string;
  skipped: SkippedDay[];
  /** True where this term, not the chain of steps, sets the result date. */
  decisive: boolean;
}

export interface DueDateExplanation {
  entryId: string;
  act: { id: string; number: string | null; date: string | null; issuer: LocalText };
  channel: Channel;
  branch?: string;
  registeredAt: string;
  calendarVersion: string;
  officeHours: OfficeHours;
  steps: ExplainedStep[];
  /** The act's own sum of the counted steps, unit by unit (what a clerk adds up by hand). */
  actSum: DurationTotals;
  terms: ExplainedTerm[];
  resultDueAt: string;
  resultDate: string;
  /** Every day off between registration and the result date, once each. */
  daysOff: SkippedDay[];
}

function ruleOf(duration: Duration | null): CountingRule {
  if (!duration) return 'noTerm';
  if (duration.unit === 'minutes' || duration.unit === 'hours') return 'officeMinutes';
  return duration.unit;
}

function skippedDay(date: string, calendar: CalendarData): SkippedDay {
  const { kind, name, movedFrom, decree, approximate } = describeDay(date, calendar);
  return { date, kind, name, movedFrom, decree, approximate };
}

/** Days off after `from`'s date up to and including `to`'s date. */
export function daysOffBetween(from: string, to: string, calendar: CalendarData = BUNDLED_CALENDAR): SkippedDay[] {
  const days: SkippedDay[] = [];
  for (let d = addDays(momentDate(from), 1); d <= momentDate(to); d = addDays(d, 1)) {
    if (!isWorkingDay(d, calendar)) days.push(skippedDay(d, calendar));
  }
  return days;
}

function skippedFor(rule: CountingRule, start: string, end: string, duration: Duration | null, calendar: CalendarData): SkippedDay[] {
  if (rule === 'noTerm' || !duration) return [];
  // Calendar days count days off too; only a last day that is a day off moves past them.
  if (rule === 'calendarDays') return daysOffBetween(`${addDays(momentDate(start), duration.amount - 1)}T00:00`, end, calendar);
  return daysOffBetween(start, end, calendar);
}

/** A step as the case keeps it (the registered event's schedule) or as computeDeadlines gives it. */
export interface ScheduleStep {
  stepId: string;
  actor: Actor;
  milestone?: Milestone;
  duration: Duration | null;
  due: string;
  countsTowardTerm: boolean;
}

/**
 * Explains a schedule already fixed (the case page, a talon duplicate): the due
 * moments stay those of the case; the act's words, rule, start and skipped days
 * are added. `entry` (the case's catalog version) supplies each step's action and source.
 */
export function explainSchedule(
  schedule: readonly ScheduleStep[],
  registeredAt: string,
  options: { calendar?: CalendarData; entry?: CatalogEntry; channel?: Channel } = {},
): ExplainedStep[] {
  const calendar = options.calendar ?? BUNDLED_CALENDAR;
  const catalogSteps = options.entry?.channels.find((c) => c.channel === (options.channel ?? 'akim'))?.steps ?? [];
  let cursor = registeredAt;
  return schedule.map((due): ExplainedStep => {
    const step = catalogSteps.find((s) => s.id === due.stepId);
    const rule = ruleOf(due.duration);
    const start = cursor;
    if (due.countsTowardTerm) cursor = due.due;
    return {
      stepId: due.stepId,
      actor: due.actor,
      action: step?.action ?? { kk: due.stepId, ru: due.stepId },
      milestone: due.milestone,
      source: step?.source ?? '',
      duration: due.duration,
      asWritten: due.duration?.asWritten ?? null,
      rule,
      countsTowardTerm: due.countsTowardTerm,
      start,
      end: due.due,
      skipped: skippedFor(rule, start, due.due, due.duration, calendar),
    };
  });
}

/** Explains the due dates of every step and the result date, as computeDeadlines computes them. */
export function explainDueDate(entry: CatalogEntry, options: DeadlineOptions): DueDateExplanation {
  const calendar = options.calendar ?? BUNDLED_CALENDAR;
  const hours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
  const deadlines = computeDeadlines(entry, { ...options, calendar, officeHours: hours });
  const steps = explainSchedule(deadlines.steps, options.registeredAt, { calendar, entry, channel: options.channel });
  const lastCounted = [...deadlines.steps].reverse().find((s) => s.countsTowardTerm)?.due ?? options.registeredAt;
  const terms = applicableTerms(entry, options.channel, deadlines.branch, options.statedTerm).map((term): ExplainedTerm => {
    const end = stepDue(options.registeredAt, term.duration, hours, calendar);
    return {
      id: term.id,
      label: term.label,
      duration: term.duration,
      source: term.source,
      start: options.registeredAt,
      end,
      skipped: skippedFor(ruleOf(term.duration), options.registeredAt, end, term.duration, calendar),
      decisive: end === deadlines.resultDueAt && end > lastCounted,
    };
  });
  return {
    entryId: entry.id,
    act: { id: entry.act.id, number: entry.act.number, date: entry.act.date, issuer: entry.act.issuer },
    channel: options.channel,
    branch: deadlines.branch,
    registeredAt: options.registeredAt,
    calendarVersion: calendar.version,
    officeHours: hours,
    steps,
    actSum: sumDurations(stepsFor(entry, options.channel, deadlines.branch)),
    terms,
    resultDueAt: deadlines.resultDueAt,
    resultDate: deadlines.resultDate,
    daysOff: daysOffBetween(options.registeredAt, deadlines.resultDueAt, calendar),
  };
}
