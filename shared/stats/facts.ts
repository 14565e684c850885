// What the statistics keep of a case, worked out once when its summary is
// written: everything except what depends on the moment the screen is opened
// (whether an open case or step is overdue yet). The cases registered on one
// day are kept together as one record, each string once, so the statistics of
// 100,000 cases read a few hundred records (renderer/src/db/stats-days.ts).
import type { StatsCase, StatsStep } from './types';
import type { WorkingDayCounter } from './working-days';

/** How a case stands against the term on its talon, as far as it is settled; 'open' is weighed against now. */
export type SettledVerdict = 'onTime' | 'late' | 'noTerm' | 'open';

/**
 * A case as kept: [id, entry word, status word, office word or null, result date or '', verdict, ...steps].
 * Each step adds STEP_WIDTH values: [step id word, milestone word or null, the act's term in working
 * days or null, working days it took or null while not done, 1 when done after its due moment else 0,
 * its due moment while it can still become overdue, else ''].
 */
export type CaseRow = Array<string | number | null>;

export const ROW = { id: 0, entry: 1, status: 2, office: 3, resultDate: 4, verdict: 5, steps: 6 } as const;
export const STEP = { id: 0, milestone: 1, termDays: 2, days: 3, late: 4, openDue: 5 } as const;
export const STEP_WIDTH = 6;

/** The cases registered on one day. */
export interface DayFacts {
  day: string;
  words: string[];
  cases: CaseRow[];
}

export function emptyDay(day: string): DayFacts {
  return { day, words: [], cases: [] };
}

export const encodeDay = (facts: DayFacts): string => JSON.stringify(facts);
export const decodeDay = (text: string): DayFacts => JSON.parse(text) as DayFacts;

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

function wordOf(facts: DayFacts, text: string): number {
  let i = facts.words.indexOf(text);
  if (i < 0) {
    i = facts.words.length;
    facts.words.push(text);
  }
  return i;
}

/** The row of a case: its steps' working days counted now, once, on the counter's calendar. */
export function caseRowOf(facts: DayFacts, c: StatsCase, counter: WorkingDayCounter): CaseRow {
  const word = (text: string) => wordOf(facts, text);
  const row: CaseRow = [
    c.id,
    word(c.entryId),
    word(c.status),
    c.office === undefined ? null : word(c.office),
    c.resultDate ?? '',
    settledVerdict(c),
  ];
  const steps = c.steps ?? [];
  const last = lastDoneIndex(steps);
  const closed = c.status === 'handedOver' || c.status === 'refusedAtIntake';
  let start = c.registeredAt;
  let plannedStart = c.registeredAt;
  steps.forEach((step, i) => {
    const termDays = !step.term ? null : step.term.unit === 'workingDays' ? step.term.amount : counter.between(plannedStart, step.due);
    plannedStart = step.due;
    let days: number | null = null;
    let late = 0;
    let openDue = '';
    if (step.doneAt) {
      days = counter.between(start, step.doneAt);
      start = step.doneAt;
      if (step.doneAt > step.due) late = 1;
    } else if (!closed && !(step.milestone === undefined && i < last)) {
      openDue = step.due;
    }
    row.push(word(step.stepId), step.milestone === undefined ? null : word(step.milestone), termDays, days, late, openDue);
  });
  return row;
}

/** Puts the case into its day's facts, in place of its earlier row. */
export function putCase(facts: DayFacts, c: StatsCase, counter: WorkingDayCounter): void {
  const row = caseRowOf(facts, c, counter);
  const at = facts.cases.findIndex((r) => r[ROW.id] === c.id);
  if (at >= 0) facts.cases[at] = row;
  else facts.cases.push(row);
}

/** The facts of the cases by registration day, the days in order and the cases of a day in the order given. */
export function daysOf(cases: Iterable<StatsCase>, counter: WorkingDayCounter): DayFacts[] {
  const days = new Map<string, DayFacts>();
  for (const c of cases) {
    let facts = days.get(c.registeredDate);
    if (!facts) {
      facts = emptyDay(c.registeredDate);
      days.set(c.registeredDate, facts);
    }
    facts.cases.push(caseRowOf(facts, c, counter));
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
