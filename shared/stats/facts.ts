// What the statistics keep of a case, worked out once when its summary is
// written: everything except what depends on the moment the screen is opened
// (whether an open case or step is overdue yet). The cases registered on one
// day are kept together as one record of numbers, each string once, so the
// statistics of 100,000 cases read a few hundred records, copied as bytes
// (renderer/src/db/stats-days.ts).
import type { StatsCase, StatsStep } from './types';
import { dayNumber, type WorkingDayCounter } from './working-days';

/** How a case stands against the term on its talon, as far as it is settled; 'open' is weighed against now. */
export type SettledVerdict = 'onTime' | 'late' | 'noTerm' | 'open';
export const VERDICTS: readonly SettledVerdict[] = ['onTime', 'late', 'noTerm', 'open'];

/** "None" in the numbers: no office, no result date, no term. */
export const NONE = -0x80000000;

/**
 * The cases registered on one day: `ids` are their ids (UUIDs) joined by spaces — one string
 * copies faster than thousands. `numbers` holds, per case (in the order of `ids`):
 * [entry word, status word, office word or NONE, result date's day number or NONE,
 * verdict (index in VERDICTS), step count, the day numbers (or NONE) the result was ready
 * and handed over, 1 when the district returned it for rework (else 0)], then per step [kind, days, open due]:
 * kind indexes `kinds`; days is the working days the step took × 2, + 1 when it was
 * done after its due moment, or NONE while not done; open due is the minute
 * (minuteNumber) the step becomes overdue, or 0 when it cannot.
 * `kinds` holds quadruples [entry word, step id word, milestone word or NONE, the act's term in working days or NONE].
 */
export interface DayFacts {
  day: string;
  words: string[];
  ids: string;
  kinds: number[];
  numbers: Int32Array;
}

export const CASE_WIDTH = 9;
export const STEP_WIDTH = 3;
export const KIND_WIDTH = 4;

export function emptyDay(day: string): DayFacts {
  return { day, words: [], ids: '', kinds: [], numbers: new Int32Array(0) };
}

/** Minutes since 1970 of a local moment "YYYY-MM-DDTHH:mm" (a date alone is its midnight). */
export function minuteNumber(moment: string): number {
  const hours = moment.length >= 16 ? Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16)) : 0;
  return dayNumber(moment) * 1440 + hours;
}

/** Steps without a milestone (the district's internal hand-offs) count as done once a later step is done (as the fold). */
function lastDoneIndex(steps: readonly StatsStep[]): number {
  let last = -1;
  steps.forEach((s, i) => {
    if (s.doneAt) last = i;
  });
  return last;
}

/** Whether the case kept the term promised on its talon, where that no longer depends on the day. */
export function settledVerdict(c: StatsCase): SettledVerdict {
  const steps = c.steps;
  if (!steps || steps.length === 0 || !c.resultDate || c.status === 'refusedAtIntake') return 'noTerm';
  const last = lastDoneIndex(steps);
  let allDone = true;
  let counted = 0;
  let at = '';
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (!s.counts || (s.milestone === undefined && i < last)) continue;
    counted++;
    if (!s.doneAt) allDone = false;
    else if (s.doneAt > at) at = s.doneAt;
  }
  if (!(c.status === 'handedOver' || allDone)) return 'open';
  if (counted === 0) for (const s of steps) if (s.doneAt && s.doneAt > at) at = s.doneAt;
  return at.slice(0, 10) <= c.resultDate ? 'onTime' : 'late';
}

/** The ids of a day's cases, in order. */
export const idsOf = (facts: DayFacts): string[] => (facts.ids === '' ? [] : facts.ids.split(' '));

/** A day's facts being written: its ids and cases as separate lists until packed again. */
interface OpenDay {
  facts: DayFacts;
  ids: string[];
  rows: number[][];
}

function wordOf(facts: DayFacts, text: string): number {
  let i = facts.words.indexOf(text);
  if (i < 0) {
    i = facts.words.length;
    facts.words.push(text);
  }
  return i;
}

function kindOf(facts: DayFacts, kind: number[]): number {
  const { kinds } = facts;
  for (let i = 0; i < kinds.length; i += KIND_WIDTH)
    if (kinds[i] === kind[0] && kinds[i + 1] === kind[1] && kinds[i + 2] === kind[2] && kinds[i + 3] === kind[3]) return i / KIND_WIDTH;
  kinds.push(...kind);
  return kinds.length / KIND_WIDTH - 1;
}

/** The numbers of a case: its steps' working days counted now, once, on the counter's calendar. */
function caseNumbers(facts: DayFacts, c: StatsCase, counter: WorkingDayCounter): number[] {
  const word = (text: string) => wordOf(facts, text);
  const steps = c.steps ?? [];
  const entry = word(c.entryId);
  const row = [
    entry,
    word(c.status),
    c.office === undefined ? NONE : word(c.office),
    c.resultDate ? dayNumber(c.resultDate) : NONE,
    VERDICTS.indexOf(settledVerdict(c)),
    steps.length,
    c.readyAt ? dayNumber(c.readyAt) : NONE,
    c.servedAt ? dayNumber(c.servedAt) : NONE,
    c.reworked ? 1 : 0,
  ];
  const last = lastDoneIndex(steps);
  const closed = c.status === 'handedOver' || c.status === 'refusedAtIntake';
  let start = c.registeredAt;
  let plannedStart = c.registeredAt;
  steps.forEach((step, i) => {
    const termDays = !step.term ? NONE : step.term.unit === 'workingDays' ? step.term.amount : counter.between(plannedStart, step.due);
    plannedStart = step.due;
    const kind = kindOf(facts, [entry, word(step.stepId), step.milestone === undefined ? NONE : word(step.milestone), termDays]);
    let days = NONE;
    let openDue = 0;
    if (step.doneAt) {
      days = counter.between(start, step.doneAt) * 2 + (step.doneAt > step.due ? 1 : 0);
      start = step.doneAt;
    } else if (!closed && !(step.milestone === undefined && i < last)) {
      openDue = minuteNumber(step.due);
    }
    row.push(kind, days, openDue);
  });
  return row;
}

function open(facts: DayFacts): OpenDay {
  const rows: number[][] = [];
  const { numbers } = facts;
  for (let at = 0; at < numbers.length; ) {
    const width = CASE_WIDTH + numbers[at + 5] * STEP_WIDTH;
    rows.push(Array.from(numbers.subarray(at, at + width)));
    at += width;
  }
  return { facts, ids: idsOf(facts), rows };
}

function pack({ facts, ids, rows }: OpenDay): DayFacts {
  return { ...facts, ids: ids.join(' '), numbers: Int32Array.from(rows.flat()) };
}

/** The day's facts with these cases put in place of their earlier rows (or added). */
export function putCases(facts: DayFacts, cases: readonly StatsCase[], counter: WorkingDayCounter): DayFacts {
  const day = open({ ...facts, words: [...facts.words], kinds: [...facts.kinds] });
  for (const c of cases) {
    const numbers = caseNumbers(day.facts, c, counter);
    const at = day.ids.indexOf(c.id);
    if (at >= 0) day.rows[at] = numbers;
    else {
      day.ids.push(c.id);
      day.rows.push(numbers);
    }
  }
  return pack(day);
}

/** The cases grouped by registration day, each day's in the order given. */
export function byRegistrationDay<T extends { registeredDate: string }>(cases: Iterable<T>): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const c of cases) {
    const list = byDay.get(c.registeredDate);
    if (list) list.push(c);
    else byDay.set(c.registeredDate, [c]);
  }
  return byDay;
}

/** The facts of the cases by registration day, the days in order and the cases of a day in the order given. */
export function daysOf(cases: Iterable<StatsCase>, counter: WorkingDayCounter): DayFacts[] {
  return [...byRegistrationDay(cases)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, list]) => putCases(emptyDay(day), list, counter));
}
