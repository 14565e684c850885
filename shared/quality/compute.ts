// Every indicator of the appendix for a period, from the facts of the cases,
// the survey answers and the complaints of the offices asked about: its value
// (a share in %), the counts behind it, and whether the norm is met. An
// indicator the product has no figures for says so instead of inventing one.
import type { CaseFacts, ComplaintFacts } from './facts';
import { INDICATORS, type IndicatorDefinition } from './indicators';
import type { SurveyQuestion, SurveyRecord } from './survey';

export interface Period {
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
}

export interface IndicatorRow extends IndicatorDefinition {
  /** 'computed': a value; 'noData': nothing to count in the period; 'notRecorded': the product does not record it. */
  state: 'computed' | 'noData' | 'notRecorded';
  numerator: number;
  denominator: number;
  /** Share in %, unrounded; null unless computed. */
  value: number | null;
  met: boolean | null;
}

export interface QualityInput {
  cases: readonly CaseFacts[];
  surveys: readonly SurveyRecord[];
  /** The complaints journal's complaints; undefined where this build keeps no journal (4.1, 4.2 not recorded). */
  complaints?: readonly ComplaintFacts[];
}

const inPeriod = (moment: string | undefined, p: Period) =>
  moment !== undefined && moment.slice(0, 10) >= p.from && moment.slice(0, 10) <= p.to;

type Counts = [numerator: number, denominator: number];

function surveyCounts(surveys: readonly SurveyRecord[], question: SurveyQuestion, positive: string, negative: string): Counts {
  const answers = surveys.map((s) => s.answers[question]);
  return [answers.filter((a) => a === positive).length, answers.filter((a) => a === positive || a === negative).length];
}

function counts(def: IndicatorDefinition, input: QualityInput, p: Period): Counts | null {
  const served = input.cases.filter((c) => inPeriod(c.servedAt, p));
  const surveys = input.surveys.filter((s) => inPeriod(s.date, p));
  const complaints = (input.complaints ?? []).filter((c) => inPeriod(c.registeredAt, p));
  switch (def.code) {
    case '1.1':
      return [served.filter((c) => c.readyAt && c.resultDate && c.readyAt.slice(0, 10) <= c.resultDate).length, served.length];
    case '1.2':
      return surveyCounts(surveys, 'wait', 'upTo40', 'over40');
    case '2.1':
      return surveyCounts(surveys, 'process', 'yes', 'no');
    case '2.2':
      return [served.filter((c) => !c.reworked).length, served.length];
    case '3.1':
      return surveyCounts(surveys, 'information', 'yes', 'no');
    case '3.2': {
      const submitted = input.cases.filter((c) => inPeriod(c.submittedDate, p));
      return [submitted.filter((c) => !c.refusedAtIntake).length, submitted.length];
    }
    case '3.3':
      return null;
    case '4.1':
      if (!input.complaints) return null;
      return [complaints.filter((c) => c.justified === true).length, served.length];
    case '4.2': {
      if (!input.complaints) return null;
      // Justified complaints whose outcome is known, and the overdue ones still unanswered.
      const counted = complaints.filter((c) => c.justified === true || (c.answeredAt === undefined && c.late));
      return [counted.filter((c) => c.justified === true && !c.late).length, counted.length];
    }
    case '4.3':
      return surveyCounts(surveys, 'complaintProcedure', 'yes', 'no');
    case '4.4':
      return surveyCounts(surveys, 'complaintTerm', 'yes', 'no');
    case '5.1':
      return surveyCounts(surveys, 'courtesy', 'yes', 'no');
  }
}

/** The indicators of the appendix, in its order, for the given facts and period. */
export function computeIndicators(input: QualityInput, period: Period): IndicatorRow[] {
  return INDICATORS.map((def) => {
    const c = def.source === 'notRecorded' ? null : counts(def, input, period);
    if (!c) return { ...def, state: 'notRecorded', numerator: 0, denominator: 0, value: null, met: null };
    const [numerator, denominator] = c;
    if (denominator === 0) return { ...def, state: 'noData', numerator, denominator, value: null, met: null };
    const value = (numerator / denominator) * 100;
    const met = def.direction === 'atLeast' ? value >= def.norm : value <= def.norm;
    return { ...def, state: 'computed', numerator, denominator, value, met };
  });
}

/** The input restricted to some offices (a district's okrugs, or one of them). */
export function forOffices(input: QualityInput, offices: ReadonlySet<string>): QualityInput {
  return {
    cases: input.cases.filter((c) => offices.has(c.office)),
    surveys: input.surveys.filter((s) => offices.has(s.office)),
    complaints: input.complaints?.filter((c) => offices.has(c.office)),
  };
}

/** The offices present in the input, sorted (the okrugs a district PC can report on). */
export function officesIn(input: QualityInput): string[] {
  return [
    ...new Set([
      ...input.cases.map((c) => c.office),
      ...input.surveys.map((s) => s.office),
      ...(input.complaints ?? []).map((c) => c.office),
    ]),
  ].sort();
}

/** "12,5" — a share as the act prints it (comma decimal): one decimal place, two below 1 % (the 0,4 ceiling). */
export function formatShare(value: number): string {
  const places = value < 1 ? 100 : 10;
  return String(Math.round(value * places) / places).replace('.', ',');
}
