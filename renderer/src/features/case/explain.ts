// How the case's due dates were reached, for the case page's "how the date was
// counted" section: the stored schedule explained against the calendar version
// the case was registered under (its due moments never change).
import type { CaseState } from '@shared/case';
import type { CatalogEntry, DurationUnit } from '@shared/catalog/schema';
import { daysOffBetween, type ExplainedStep, explainSchedule, type SkippedDay } from '@shared/deadlines/explain';
import type { OfficeHours } from '@shared/deadlines/office-hours';
import { receptionStatus } from '@shared/deadlines/reception';
import { versionsInForce } from '@renderer/catalog/published';
import type { TextKey } from '@renderer/texts';

export interface CaseExplanation {
  registeredAt: string;
  /** Where registration was outside the reception window: the window's next opening, which the terms run from. */
  termsRunFrom: string;
  steps: ExplainedStep[];
  daysOff: SkippedDay[];
  resultDueAt: string;
}

export const UNIT_TEXT: Record<DurationUnit, TextKey> = {
  minutes: 'case.explainUnitMinutes',
  hours: 'case.explainUnitHours',
  workingDays: 'case.explainUnitWorkingDays',
  calendarDays: 'case.explainUnitCalendarDays',
};

/** The explanation of a registered case's schedule; null for a case without one (a refusal receipt). */
export function explainCase(c: CaseState, entry: CatalogEntry | undefined, hours?: OfficeHours): CaseExplanation | null {
  const registered = c.registered;
  const at = c.events.find((e) => e.type === 'registered')?.at;
  if (!registered || !at) return null;
  const registeredAt = at.slice(0, 16);
  const calendar = versionsInForce().calendars.find((cal) => cal.version === registered.calendarVersion);
  const termsRunFrom = hours ? receptionStatus(registeredAt, hours, calendar).termsRunFrom : registeredAt;
  const steps = explainSchedule(registered.schedule, termsRunFrom, { calendar, entry, channel: registered.channel });
  return {
    registeredAt,
    termsRunFrom,
    steps,
    daysOff: daysOffBetween(termsRunFrom, registered.resultDueAt, calendar),
    resultDueAt: registered.resultDueAt,
  };
}
