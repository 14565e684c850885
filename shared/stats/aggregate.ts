// Statistics of the cases for a period, a service and an office, in one pass
// over the folded summaries. Every figure keeps the ids of the cases behind it,
// so a chart's bar opens the list of its cases.
import type { CaseStatus } from '../case/fold';
import type { CalendarData } from '../calendar/calendar-data';
import type { Bar, MonthRow, OfficeRow, Statistics, StatsCase, StatsFilter, StatsStep, StepRow } from './types';
import { WorkingDayCounter } from './working-days';

export const STATUS_ORDER: readonly CaseStatus[] = [
  'registered',
  'atCommission',
  'commissionConcluded',
  'relayed',
  'atDistrict',
  'returnedForRework',
  'decided',
  'resultReady',
  'handedOver',
  'refusedAtIntake',
];

export interface StatsOptions {
  /** The office's local moment now, "YYYY-MM-DDTHH:mm": what is overdue is overdue as of it. */
  now: string;
  calendar?: CalendarData;
  /** One counter kept between runs saves rebuilding its table of working days. */
  counter?: WorkingDayCounter;
}

interface StepSum extends StepRow {
  sum: number;
}

type Verdict = 'onTime' | 'late' | 'overdue' | 'inTerm' | 'noTerm';

export function inPeriod(c: StatsCase, filter: StatsFilter): boolean {
  return (!filter.from || c.registeredDate >= filter.from) && (!filter.to || c.registeredDate <= filter.to);
}

export function matches(c: StatsCase, filter: StatsFilter): boolean {
  return inPeriod(c, filter) && (!filter.entryId || c.entryId === filter.entryId) && (!filter.office || c.office === filter.office);
}

/** Steps without a milestone (the district's internal hand-offs) count as done once a later step is done (as the fold). */
function lastDoneIndex(steps: readonly StatsStep[]): number {
  let last = -1;
  steps.forEach((s, i) => {
    if (s.doneAt) last = i;
  });
  return last;
}

/** Whether the case kept the term promised on its talon. */
export function verdictOf(c: StatsCase, now: string): Verdict {
  const steps = c.steps;
  if (!steps || steps.length === 0 || !c.resultDate || c.status === 'refusedAtIntake') return 'noTerm';
  const last = lastDoneIndex(steps);
  const counting = steps.filter((s, i) => s.counts && !(s.milestone === undefined && i < last));
  const finished = c.status === 'handedOver' || counting.every((s) => s.doneAt);
  if (!finished) return now.slice(0, 10) > c.resultDate ? 'overdue' : 'inTerm';
  let at = '';
  for (const s of counting.length > 0 ? counting : steps) if (s.doneAt && s.doneAt > at) at = s.doneAt;
  return at.slice(0, 10) <= c.resultDate ? 'onTime' : 'late';
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function monthRow(months: Map<string, MonthRow>, month: string): MonthRow {
  let row = months.get(month);
  if (!row) {
    row = { month, registered: [], onTime: [], late: [], overdue: [] };
    months.set(month, row);
  }
  return row;
}

function stepRow(rows: Map<string, StepSum>, c: StatsCase, step: StatsStep, termDays: number | null): StepSum {
  const key = `${c.entryId}|${step.stepId}`;
  let row = rows.get(key);
  if (!row) {
    row = {
      key,
      entryId: c.entryId,
      stepId: step.stepId,
      milestone: step.milestone,
      termDays,
      averageDays: null,
      done: [],
      late: [],
      overdue: [],
      sum: 0,
    };
    rows.set(key, row);
  }
  return row;
}

/** Walks the case's steps into the step rows; answers whether a step was late and whether one is overdue now. */
function walkSteps(c: StatsCase, rows: Map<string, StepSum>, now: string, counter: WorkingDayCounter): { late: boolean; overdue: boolean } {
  const steps = c.steps ?? [];
  const last = lastDoneIndex(steps);
  const closed = c.status === 'handedOver' || c.status === 'refusedAtIntake';
  let start = c.registeredAt;
  let plannedStart = c.registeredAt;
  let late = false;
  let overdue = false;
  steps.forEach((step, i) => {
    const termDays = !step.term ? null : step.term.unit === 'workingDays' ? step.term.amount : counter.between(plannedStart, step.due);
    plannedStart = step.due;
    const row = stepRow(rows, c, step, termDays);
    if (step.doneAt) {
      row.done.push(c.id);
      row.sum += counter.between(start, step.doneAt);
      start = step.doneAt;
      if (step.doneAt > step.due) {
        row.late.push(c.id);
        late = true;
      }
    } else if (!closed && !(step.milestone === undefined && i < last) && now > step.due) {
      row.overdue.push(c.id);
      overdue = true;
    }
  });
  return { late, overdue };
}

export function computeStatistics(cases: Iterable<StatsCase>, filter: StatsFilter, options: StatsOptions): Statistics {
  const counter = options.counter ?? new WorkingDayCounter(options.calendar);
  const { now } = options;
  const ids: string[] = [];
  const services = new Set<string>();
  const offices = new Set<string>();
  const byService = new Map<string, string[]>();
  const byStatus = new Map<CaseStatus, string[]>();
  const months = new Map<string, MonthRow>();
  const steps = new Map<string, StepSum>();
  const byOffice = new Map<string, OfficeRow>();
  const timeliness = {
    onTime: [] as string[],
    late: [] as string[],
    overdue: [] as string[],
    inTerm: [] as string[],
    noTerm: [] as string[],
  };
  for (const c of cases) {
    if (!inPeriod(c, filter)) continue;
    services.add(c.entryId);
    if (c.office) offices.add(c.office);
    if (!matches(c, filter)) continue;
    ids.push(c.id);
    push(byService, c.entryId, c.id);
    push(byStatus, c.status, c.id);
    const verdict = verdictOf(c, now);
    timeliness[verdict].push(c.id);
    const month = monthRow(months, c.registeredDate.slice(0, 7));
    month.registered.push(c.id);
    if (verdict === 'onTime' || verdict === 'late' || verdict === 'overdue') month[verdict].push(c.id);
    const walked = walkSteps(c, steps, now, counter);
    const officeKey = c.office ?? '';
    let office = byOffice.get(officeKey);
    if (!office) {
      office = { office: officeKey, cases: [], late: [], overdue: [] };
      byOffice.set(officeKey, office);
    }
    office.cases.push(c.id);
    if (walked.late) office.late.push(c.id);
    if (walked.overdue) office.overdue.push(c.id);
  }
  const finished = timeliness.onTime.length + timeliness.late.length;
  const bars = <K extends string>(map: Map<K, string[]>): Bar[] => [...map].map(([key, list]) => ({ key, ids: list }));
  return {
    ids,
    byService: bars(byService).sort((a, b) => b.ids.length - a.ids.length || a.key.localeCompare(b.key)),
    byStatus: bars(byStatus).sort((a, b) => STATUS_ORDER.indexOf(a.key as CaseStatus) - STATUS_ORDER.indexOf(b.key as CaseStatus)),
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    timeliness: { ...timeliness, share: finished === 0 ? null : timeliness.onTime.length / finished },
    steps: [...steps.values()].map(({ sum, ...row }) => ({ ...row, averageDays: row.done.length === 0 ? null : sum / row.done.length })),
    byOffice: [...byOffice.values()].sort((a, b) => a.office.localeCompare(b.office)),
    services: [...services].sort(),
    offices: [...offices].sort(),
  };
}
