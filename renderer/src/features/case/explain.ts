// How the case's due dates were reached, for the case page's "how the date was
// counted" section: the stored schedule explained against the calendar version
// the case was registered under (its due moments never change).
import type { CaseState } from '@shared/case';
import type { CatalogEntry, DurationUnit } from '@shared/catalog/schema';
import { daysOffBetween, type ExplainedStep, explainSchedule, type SkippedDay } from '@shared/deadlines/explain';
import { versionsInForce } from '@renderer/catalog/published';
import type { TextKey } from '@renderer/texts';

export interface CaseExplanation {
  registeredAt: string;
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
export function explainCase(c: CaseState, entry: CatalogEntry | undefined): CaseExplanation | null {
  const registered = c.registered;
  const at = c.events.find((e) => e.type === 'registered')?.at;
  if (!registered || !at) return null;
  const registeredAt = at.slice(0, 16);
  const calendar = versionsInForce().calendars.find((cal) => cal.version === registered.calendarVersion);
  const steps = explainSchedule(registered.schedule, registeredAt, { calendar, entry, channel: registered.channel });
  return {
    registeredAt,
    steps,
    daysOff: daysOffBetween(registeredAt, registered.resultDueAt, calendar),
    resultDueAt: registered.resultDueAt,
  };
}
