// Statistics of the cases for a period, a service and an office, in one pass
// over the facts kept per registration day (facts.ts). Every figure keeps the
// ids of the cases behind it, so a chart's bar opens the list of its cases.
import type { CaseStatus } from '../case/fold';
import type { CalendarData } from '../calendar/calendar-data';
import { CASE_WIDTH, type DayFacts, daysOf, idsOf, KIND_WIDTH, minuteNumber, NONE, STEP_WIDTH, settledVerdict, VERDICTS } from './facts';
import type { Bar, MonthRow, OfficeRow, Statistics, StatsCase, StatsFilter, StepRow } from './types';
import { dayNumber, WorkingDayCounter } from './working-days';

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

export function dayInPeriod(day: string, filter: StatsFilter): boolean {
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}

export function matches(c: StatsCase, filter: StatsFilter): boolean {
  return (
    dayInPeriod(c.registeredDate, filter) &&
    (!filter.entryId || c.entryId === filter.entryId) &&
    (!filter.office || c.office === filter.office)
  );
}

/** Whether the case kept the term promised on its talon, as of now. */
export function verdictOf(c: StatsCase, now: string): Verdict {
  const settled = settledVerdict(c);
  if (settled !== 'open') return settled;
  return now.slice(0, 10) > (c.resultDate ?? '') ? 'overdue' : 'inTerm';
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Statistics of the cases as they are (tests, benches): their facts worked out here, then aggregated. */
export function computeStatistics(cases: Iterable<StatsCase>, filter: StatsFilter, options: StatsOptions): Statistics {
  const counter = options.counter ?? new WorkingDayCounter(options.calendar);
  const inPeriod = [...cases].filter((c) => dayInPeriod(c.registeredDate, filter));
  return aggregateDays(daysOf(inPeriod, counter), filter, options.now);
}

/** The one pass: the days in order, a day's cases in their order. */
export function aggregateDays(days: Iterable<DayFacts>, filter: StatsFilter, now: string): Statistics {
  const today = dayNumber(now);
  const nowMinute = minuteNumber(now);
  const ids: string[] = [];
  const services = new Set<string>();
  const offices = new Set<string>();
  const byService = new Map<string, string[]>();
  const byStatus = new Map<string, string[]>();
  const months = new Map<string, MonthRow>();
  const steps = new Map<string, StepSum>();
  const byOffice = new Map<string, OfficeRow>();
  const timeliness: Record<Verdict, string[]> = { onTime: [], late: [], overdue: [], inTerm: [], noTerm: [] };
  for (const facts of days) {
    if (!dayInPeriod(facts.day, filter)) continue;
    const { words, kinds, numbers } = facts;
    const month = facts.day.slice(0, 7);
    let monthRow: MonthRow | undefined;
    // The step rows of the day's step kinds, found once per day.
    const kindRows: StepSum[] = [];
    const stepRow = (kind: number): StepSum => {
      const cached = kindRows[kind];
      if (cached) return cached;
      const at = kind * KIND_WIDTH;
      const entryId = words[kinds[at]];
      const stepId = words[kinds[at + 1]];
      const key = `${entryId}|${stepId}`;
      let sum = steps.get(key);
      if (!sum) {
        sum = {
          key,
          entryId,
          stepId,
          milestone: kinds[at + 2] === NONE ? undefined : words[kinds[at + 2]],
          termDays: kinds[at + 3] === NONE ? null : kinds[at + 3],
          averageDays: null,
          done: [],
          late: [],
          overdue: [],
          sum: 0,
        };
        steps.set(key, sum);
      }
      kindRows[kind] = sum;
      return sum;
    };
    let at = 0;
    for (const id of idsOf(facts)) {
      const stepsEnd = at + CASE_WIDTH + numbers[at + 5] * STEP_WIDTH;
      const entryId = words[numbers[at]];
      const office = numbers[at + 2] === NONE ? undefined : words[numbers[at + 2]];
      services.add(entryId);
      if (office) offices.add(office);
      if ((filter.entryId && entryId !== filter.entryId) || (filter.office && office !== filter.office)) {
        at = stepsEnd;
        continue;
      }
      ids.push(id);
      push(byService, entryId, id);
      push(byStatus, words[numbers[at + 1]], id);
      const settled = VERDICTS[numbers[at + 4]];
      const verdict: Verdict = settled !== 'open' ? settled : today > numbers[at + 3] ? 'overdue' : 'inTerm';
      timeliness[verdict].push(id);
      if (!monthRow) {
        monthRow = months.get(month) ?? { month, registered: [], onTime: [], late: [], overdue: [] };
        months.set(month, monthRow);
      }
      monthRow.registered.push(id);
      if (verdict === 'onTime' || verdict === 'late' || verdict === 'overdue') monthRow[verdict].push(id);
      let late = false;
      let overdue = false;
      for (let s = at + CASE_WIDTH; s < stepsEnd; s += STEP_WIDTH) {
        const sum = stepRow(numbers[s]);
        const days = numbers[s + 1];
        if (days !== NONE) {
          sum.done.push(id);
          sum.sum += days >> 1;
          if (days & 1) {
            sum.late.push(id);
            late = true;
          }
        } else {
          const due = numbers[s + 2];
          if (due !== 0 && nowMinute > due) {
            sum.overdue.push(id);
            overdue = true;
          }
        }
      }
      at = stepsEnd;
      const officeKey = office ?? '';
      let officeRow = byOffice.get(officeKey);
      if (!officeRow) {
        officeRow = { office: officeKey, cases: [], late: [], overdue: [] };
        byOffice.set(officeKey, officeRow);
      }
      officeRow.cases.push(id);
      if (late) officeRow.late.push(id);
      if (overdue) officeRow.overdue.push(id);
    }
  }
  const finished = timeliness.onTime.length + timeliness.late.length;
  const bars = (map: Map<string, string[]>): Bar[] => [...map].map(([key, list]) => ({ key, ids: list }));
  const statusIndex = (key: string) => STATUS_ORDER.indexOf(key as CaseStatus);
  return {
    ids,
    byService: bars(byService).sort((a, b) => b.ids.length - a.ids.length || a.key.localeCompare(b.key)),
    byStatus: bars(byStatus).sort((a, b) => statusIndex(a.key) - statusIndex(b.key)),
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    timeliness: { ...timeliness, share: finished === 0 ? null : timeliness.onTime.length / finished },
    steps: [...steps.values()].map(({ sum, ...row }) => ({ ...row, averageDays: row.done.length === 0 ? null : sum / row.done.length })),
    byOffice: [...byOffice.values()].sort((a, b) => a.office.localeCompare(b.office)),
    services: [...services].sort(),
    offices: [...offices].sort(),
  };
}
