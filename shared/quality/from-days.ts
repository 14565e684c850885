// The indicators' facts of the cases, read from the statistics' day records
// (shared/stats facts.ts), which keep them as numbers when a summary is written:
// the quality page reads a few hundred records, not every event of every case.
import { CASE_WIDTH, type DayFacts, dateOfDayNumber, idsOf, NONE, STEP_WIDTH } from '../stats';
import type { CaseFacts } from './facts';

/** The facts of every case of the days, in the records' order; the moments as their days (all the indicators compare). */
export function caseFactsOfDays(days: Iterable<DayFacts>): CaseFacts[] {
  // A few hundred distinct days among 100,000 cases: each date string is made once.
  const dates = new Map<number, string>();
  const dateOf = (day: number): string | undefined => {
    if (day === NONE) return undefined;
    let date = dates.get(day);
    if (date === undefined) {
      date = dateOfDayNumber(day);
      dates.set(day, date);
    }
    return date;
  };
  const facts: CaseFacts[] = [];
  for (const record of days) {
    const { words, numbers } = record;
    let at = 0;
    for (const caseId of idsOf(record)) {
      facts.push({
        caseId,
        office: numbers[at + 2] === NONE ? '' : words[numbers[at + 2]],
        submittedDate: record.day,
        refusedAtIntake: words[numbers[at + 1]] === 'refusedAtIntake',
        resultDate: dateOf(numbers[at + 3]),
        readyAt: dateOf(numbers[at + 6]),
        servedAt: dateOf(numbers[at + 7]),
        reworked: numbers[at + 8] === 1,
      });
      at += CASE_WIDTH + numbers[at + 5] * STEP_WIDTH;
    }
  }
  return facts;
}
