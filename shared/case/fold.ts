// Derives a case's current state from its events and rejects the events that
// its regulation does not allow in the state reached so far.
import type { Milestone } from '../catalog/schema';
import type { CaseEvent, CaseEventOf, CaseEventType, Payload, ScheduledStep } from './events';
import { UNIT_EVENT_TYPES, type UnitEventType } from '../unit/events';
import { COMPLAINT_EVENT_TYPES, type ComplaintEventType } from '../complaint/events';

export type CaseStatus =
  | 'refusedAtIntake'
  | 'registered'
  | 'atCommission'
  | 'commissionConcluded'
  | 'relayed'
  | 'atDistrict'
  | 'returnedForRework'
  | 'decided'
  | 'resultReady'
  | 'handedOver';

export type RejectionCode =
  | 'notFirst'
  | 'notRegistered'
  | 'caseClosed'
  | 'wrongCase'
  | 'noCommissionInRegulation'
  | 'noRelayInRegulation'
  | 'notAtCommission'
  | 'noInspectionAct'
  | 'conclusionMissing'
  | 'notRelayed'
  | 'notAtDistrict'
  | 'notDecided'
  | 'resultNotReceived'
  | 'wrongState'
  // The unit's own stream (shared/unit/rules.ts).
  | 'notOnStaff'
  | 'notHead'
  | 'lastHead'
  | 'unitDuplicate'
  | 'unitUnknown'
  | 'importNotAllowed'
  // A complaint's stream (shared/complaint/rules.ts).
  | 'notAnswered';

export interface RejectedEvent {
  event: CaseEvent;
  code: RejectionCode;
  /** In English for logs; screens show the dictionary text for `code`. */
  message: string;
}

export interface StepState extends ScheduledStep {
  doneAt?: string;
  /** Due moment passed and the step is not done. */
  overdue: boolean;
  /** Done after its due moment. */
  late: boolean;
}

export interface CaseState {
  caseId: string;
  number: string;
  entryId: string;
  status: CaseStatus;
  registered?: Payload<'registered'>;
  refusal?: Payload<'refusalReceiptIssued'>;
  steps: StepState[];
  nextStep?: StepState;
  resultDate?: string;
  overdue: boolean;
  inspections: Payload<'inspectionRecorded'>[];
  conclusion?: Payload<'conclusionAdopted'>;
  decision?: Payload<'decided'>;
  reworkRemarks?: string;
  attachments: Payload<'attachmentAdded'>[];
  events: CaseEvent[];
  rejected: RejectedEvent[];
}

/** Which event completes which milestone of the procedure. */
const COMPLETES: Partial<Record<CaseEventType, Milestone[]>> = {
  registered: ['accept'],
  executorAssigned: ['endorse'],
  sentToCommission: ['sendToCommission'],
  conclusionAdopted: ['commissionConclusion'],
  packageRelayed: ['relay'],
  receivedByDistrict: ['districtRegister'],
  districtExecutorAssigned: ['districtAssign'],
  specialCommissionDecided: ['specialCommission'],
  decided: ['districtExamine', 'districtSign'],
  resultReceived: ['districtReturn'],
  handedOver: ['handOver'],
};

/** Milestones that start over when the district returns a package for rework. */
const REDONE_AFTER_REWORK: Milestone[] = [
  'relay',
  'districtRegister',
  'districtAssign',
  'districtExamine',
  'specialCommission',
  'districtSign',
];

type Check = (state: CaseState, event: CaseEvent) => [RejectionCode, string] | null;

const has = (state: CaseState, m: Milestone) => state.steps.some((s) => s.milestone === m);
const inStatus =
  (code: RejectionCode, ...statuses: CaseStatus[]): Check =>
  (state) =>
    statuses.includes(state.status) ? null : [code, `not allowed while the case is "${state.status}"`];

/** A fact of the unit's own stream (staff, commission) never belongs to a case. */
const unitFact: Check = () => ['wrongCase', "the unit's own fact is not a case event"];
const UNIT_RULES = Object.fromEntries(UNIT_EVENT_TYPES.map((type) => [type, unitFact])) as Record<UnitEventType, Check>;
/** A complaint's fact belongs to the complaint's own stream. */
const complaintFact: Check = () => ['wrongCase', "a complaint's fact is not a case event"];
const COMPLAINT_RULES = Object.fromEntries(COMPLAINT_EVENT_TYPES.map((type) => [type, complaintFact])) as Record<ComplaintEventType, Check>;

const RULES: Record<Exclude<CaseEventType, 'registered' | 'refusalReceiptIssued'>, Check> = {
  ...UNIT_RULES,
  ...COMPLAINT_RULES,
  talonIssued: () => null,
  consentRecorded: () => null,
  attachmentAdded: () => null,
  formReprinted: () => null,
  executorAssigned: inStatus('wrongState', 'registered', 'atCommission', 'commissionConcluded', 'returnedForRework'),
  sentToCommission: (state) =>
    // Some acts fold the sending into the akim's acceptance step and name only the commission's conclusion.
    !has(state, 'sendToCommission') && !has(state, 'commissionConclusion')
      ? ['noCommissionInRegulation', 'the regulation of this service has no commission step']
      : inStatus('wrongState', 'registered', 'returnedForRework')(state, undefined as never),
  inspectionRecorded: inStatus('notAtCommission', 'atCommission'),
  conclusionAdopted: (state) =>
    state.status !== 'atCommission'
      ? ['notAtCommission', 'the case is not with the commission']
      : state.inspections.length === 0
        ? ['noInspectionAct', 'a conclusion needs an inspection act first']
        : null,
  packageRelayed: (state) => {
    // Some acts fold the relay into the akim's acceptance step and name only the district's registration.
    if (!has(state, 'relay') && !has(state, 'districtRegister'))
      return ['noRelayInRegulation', 'the regulation of this service does not relay to the district'];
    if (state.status === 'commissionConcluded' || state.status === 'returnedForRework') return null;
    if (state.status === 'registered')
      return has(state, 'commissionConclusion') ? ['conclusionMissing', 'the commission has not concluded yet'] : null;
    return ['wrongState', `not allowed while the case is "${state.status}"`];
  },
  receivedByDistrict: inStatus('notRelayed', 'relayed'),
  districtExecutorAssigned: inStatus('notAtDistrict', 'atDistrict'),
  specialCommissionDecided: inStatus('notAtDistrict', 'atDistrict'),
  decided: inStatus('notAtDistrict', 'atDistrict'),
  returnedForRework: inStatus('notAtDistrict', 'atDistrict'),
  resultReceived: inStatus('notDecided', 'decided'),
  handedOver: (state) => {
    if (state.status === 'resultReady') return null;
    // Services the akim renders on the spot (a certificate) hand over right after registration.
    if (state.status === 'registered' && !has(state, 'relay') && !has(state, 'districtRegister')) return null;
    return ['resultNotReceived', 'there is no result to hand over yet'];
  },
};

function complete(state: CaseState, event: CaseEvent): void {
  for (const milestone of COMPLETES[event.type] ?? []) {
    for (const step of state.steps) if (step.milestone === milestone && !step.doneAt) step.doneAt = event.at;
  }
}

function apply(state: CaseState, event: CaseEvent): void {
  switch (event.type) {
    case 'sentToCommission':
      state.status = 'atCommission';
      break;
    case 'inspectionRecorded':
      state.inspections.push((event as CaseEventOf<'inspectionRecorded'>).payload);
      break;
    case 'conclusionAdopted':
      state.conclusion = (event as CaseEventOf<'conclusionAdopted'>).payload;
      state.status = 'commissionConcluded';
      break;
    case 'packageRelayed':
      state.status = 'relayed';
      state.reworkRemarks = undefined;
      break;
    case 'receivedByDistrict':
      state.status = 'atDistrict';
      break;
    case 'decided':
      state.decision = (event as CaseEventOf<'decided'>).payload;
      state.status = 'decided';
      break;
    case 'returnedForRework':
      state.status = 'returnedForRework';
      state.reworkRemarks = (event as CaseEventOf<'returnedForRework'>).payload.remarks;
      for (const step of state.steps) if (step.milestone && REDONE_AFTER_REWORK.includes(step.milestone)) step.doneAt = undefined;
      break;
    case 'resultReceived':
      state.status = 'resultReady';
      break;
    case 'handedOver':
      state.status = 'handedOver';
      break;
    case 'attachmentAdded':
      state.attachments.push((event as CaseEventOf<'attachmentAdded'>).payload);
      break;
  }
  complete(state, event);
}

/**
 * A scheduled step as the fold tracks it. Object.assign, then set: V8 (Node 20)
 * builds `{ ...s, overdue: false, late: false }` (or a spread copy given new keys
 * afterwards) some fifty times slower (measured), and this runs for every step of
 * every registration the server checks. A validated step holds only its schema's
 * keys, so assigning them is defining them.
 */
function stepStateOf(s: ScheduledStep): StepState {
  const step = Object.assign({}, s) as StepState;
  step.overdue = false;
  step.late = false;
  return step;
}

/** What every started case begins with; completed with Object.assign, not `{ ...base, more }` (the slow path above). */
const startOf = (event: CaseEvent) => ({
  caseId: event.caseId,
  inspections: [],
  attachments: [],
  events: [event],
  rejected: [],
  overdue: false,
});

function start(event: CaseEvent): CaseState | RejectedEvent {
  if (event.type === 'registered') {
    const p = event.payload;
    return Object.assign(startOf(event), {
      number: p.number,
      entryId: p.entryId,
      status: 'registered' as const,
      registered: p,
      resultDate: p.resultDate,
      steps: p.schedule.map(stepStateOf),
    });
  }
  if (event.type === 'refusalReceiptIssued') {
    const p = event.payload;
    return Object.assign(startOf(event), {
      number: p.number,
      entryId: p.entryId,
      status: 'refusedAtIntake' as const,
      refusal: p,
      steps: [],
    });
  }
  return { event, code: 'notRegistered', message: 'a case starts with registration or a refusal receipt' };
}

/** Marks overdue and late steps as of `now` (a local moment "YYYY-MM-DDTHH:mm"). */
function markTimes(state: CaseState, now: string | undefined): void {
  let lastDone = -1;
  state.steps.forEach((s, i) => {
    if (s.doneAt) lastDone = i;
  });
  state.steps.forEach((step, i) => {
    // A step without a milestone (the district's internal hand-offs) counts as done once a later step is done.
    const done = step.doneAt !== undefined || (step.milestone === undefined && i < lastDone);
    step.late = step.doneAt !== undefined && step.doneAt > step.due;
    step.overdue = !done && now !== undefined && now > step.due && state.status !== 'refusedAtIntake';
  });
  state.nextStep =
    state.status === 'handedOver' || state.status === 'refusedAtIntake'
      ? undefined
      : (state.steps.find((s, i) => s.milestone !== undefined && !s.doneAt && i > lastDone) ??
        state.steps.find((s) => s.milestone !== undefined && !s.doneAt));
  state.overdue = state.steps.some((s) => s.overdue);
}

/** Why the case's rules refuse `event` on top of a started case, or null. */
function rejectionOf(state: CaseState, event: CaseEvent): [RejectionCode, string] | null {
  const check: Check =
    event.caseId !== state.caseId
      ? () => ['wrongCase', 'the event belongs to another case']
      : event.type === 'registered' || event.type === 'refusalReceiptIssued'
        ? () => ['notFirst', 'the case is already started']
        : state.status === 'refusedAtIntake'
          ? () => ['notRegistered', 'documents were not accepted; nothing can follow a refusal receipt']
          : state.status === 'handedOver' && event.type !== 'formReprinted' && event.type !== 'attachmentAdded'
            ? () => ['caseClosed', 'the result has been handed over']
            : RULES[event.type];
  return check(state, event);
}

/** One step of the fold (starts the case, or checks and applies `event`, mutating `state`), for callers that keep the state. */
export function foldStep(state: CaseState | undefined, event: CaseEvent): CaseState | RejectedEvent {
  if (!state) {
    const started = start(event);
    if (!('code' in started)) complete(started, event);
    return started;
  }
  const rejection = rejectionOf(state, event);
  if (rejection) return { event, code: rejection[0], message: rejection[1] };
  state.events.push(event);
  apply(state, event);
  return state;
}

export interface FoldOptions {
  /** The office's local moment now; without it nothing is marked overdue. */
  now?: string;
}

/**
 * Folds a case's events (in the order they were accepted) into its state.
 * Returns undefined when no event starts the case.
 */
export function foldCase(events: readonly CaseEvent[], options: FoldOptions = {}): CaseState | undefined {
  let state: CaseState | undefined;
  const early: RejectedEvent[] = [];
  for (const event of events) {
    const next = foldStep(state, event);
    if ('code' in next) (state ? state.rejected : early).push(next);
    else state = next;
  }
  if (!state) return undefined;
  state.rejected.unshift(...early);
  markTimes(state, options.now);
  return state;
}

/** Whether the event would be accepted on top of these events. */
export function canAppend(
  events: readonly CaseEvent[],
  next: CaseEvent,
): { ok: true } | { ok: false; code: RejectionCode; message: string } {
  const after = foldCase([...events, next]);
  const rejected = after?.rejected.find((r) => r.event.id === next.id);
  if (!after || rejected) {
    return {
      ok: false,
      code: rejected?.code ?? 'notRegistered',
      message: rejected?.message ?? 'a case starts with registration or a refusal receipt',
    };
  }
  return { ok: true };
}
