// What the statistics read of a case: the fields of its folded summary
// (renderer/src/db/projection.ts) that say where, what, when and how fast.
import type { CaseStatus } from '../case/fold';
import type { DurationUnit } from '../catalog/schema';

/** One step of the case's schedule as fixed at registration, with the moment it was done. */
export interface StatsStep {
  stepId: string;
  milestone?: string;
  /** The act's term of the step, as the schedule recorded it; absent where the act states none. */
  term?: { amount: number; unit: DurationUnit };
  /** Local moment "YYYY-MM-DDTHH:mm" the step was due. */
  due: string;
  doneAt?: string;
  /** The step counts toward the term promised on the talon. */
  counts: boolean;
}

export interface StatsCase {
  id: string;
  entryId: string;
  status: CaseStatus;
  /** Office code of the office that registered the case (an okrug's code on a district PC). */
  office?: string;
  registeredDate: string;
  registeredAt: string;
  resultDate?: string;
  /** Absent on a summary written before the statistics (it is filled on the case's next event). */
  steps?: StatsStep[];
  /** What the quality indicators read (shared/quality serviceMoments); `reworked` is absent on a summary written before them. */
  readyAt?: string;
  servedAt?: string;
  reworked?: boolean;
}

export interface StatsFilter {
  /** Registration dates "YYYY-MM-DD", both included. */
  from?: string;
  to?: string;
  entryId?: string;
  office?: string;
}

/** A bar of a chart: its key, and the cases behind it for the drill-down list. */
export interface Bar {
  key: string;
  ids: string[];
}

export interface MonthRow {
  /** "YYYY-MM" of registration. */
  month: string;
  registered: string[];
  onTime: string[];
  late: string[];
  /** Not finished and past the promised result date. */
  overdue: string[];
}

export interface Timeliness {
  onTime: string[];
  late: string[];
  /** Still open, past the promised result date. */
  overdue: string[];
  /** Still open, within the term. */
  inTerm: string[];
  /** Cases without a term (refused at intake, an act without a stated term). */
  noTerm: string[];
  /** onTime / (onTime + late), or null when nothing is finished yet. */
  share: number | null;
}

export interface StepRow {
  /** "entryId|stepId". */
  key: string;
  entryId: string;
  stepId: string;
  milestone?: string;
  /** The act's term in working days (a term in calendar days or hours counted on the calendar from the schedule). */
  termDays: number | null;
  /** Average working days the step took, over the steps done; null when none is done. */
  averageDays: number | null;
  done: string[];
  /** Done after the due moment. */
  late: string[];
  /** Not done and past the due moment now. */
  overdue: string[];
}

export interface OfficeRow {
  office: string;
  cases: string[];
  late: string[];
  overdue: string[];
}

export interface Statistics {
  /** Every case that passed the filter. */
  ids: string[];
  byService: Bar[];
  byStatus: Bar[];
  byMonth: MonthRow[];
  timeliness: Timeliness;
  steps: StepRow[];
  byOffice: OfficeRow[];
  /** The services and offices of the period, for the filter's lists. */
  services: string[];
  offices: string[];
}
