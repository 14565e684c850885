// What the case rules (canAppend) need to know of a case's accepted events, kept
// small enough to store beside the case and update one event at a time: the
// server checks a push against it instead of re-reading and re-folding the whole
// history. It is produced by the same fold steps as foldCase, so the verdicts are
// the same as canAppend's on the full history.
import type { Milestone } from '../catalog/schema';
import type { CaseEvent } from './events';
import { type CaseState, type CaseStatus, foldStep, type RejectionCode } from './fold';

export interface CaseRuleState {
  caseId: string;
  status: CaseStatus;
  /** The milestones the registered schedule names (each once, in schedule order). */
  milestones: Milestone[];
  /** Inspection acts recorded so far. */
  inspections: number;
}

/** The rule state of a folded case (undefined: nothing has started the case). */
export function ruleStateOf(state: CaseState | undefined): CaseRuleState | undefined {
  if (!state) return undefined;
  const milestones: Milestone[] = [];
  for (const step of state.steps) if (step.milestone && !milestones.includes(step.milestone)) milestones.push(step.milestone);
  return { caseId: state.caseId, status: state.status, milestones, inspections: state.inspections.length };
}

/** A case state carrying just what the rules read, rebuilt from a rule state. */
function hydrate(rules: CaseRuleState): CaseState {
  return {
    caseId: rules.caseId,
    number: '',
    entryId: '',
    status: rules.status,
    steps: rules.milestones.map((milestone) => ({ milestone, due: '', overdue: false, late: false }) as CaseState['steps'][number]),
    overdue: false,
    inspections: new Array(rules.inspections).fill(null),
    attachments: [],
    events: [],
    rejected: [],
  };
}

export type RuleVerdict = { ok: true; state: CaseRuleState } | { ok: false; code: RejectionCode; message: string };

/** canAppend on a rule state: the verdict on `event` and, when accepted, the state after it. */
export function appendToRuleState(rules: CaseRuleState | undefined, event: CaseEvent): RuleVerdict {
  const next = foldStep(rules ? hydrate(rules) : undefined, event);
  if ('code' in next) return { ok: false, code: next.code, message: next.message };
  return { ok: true, state: ruleStateOf(next)! };
}

/** The rule state after stored events, in the order they were accepted; an event the rules refuse (or cannot read) is skipped, as foldCase does. */
export function foldRuleState(events: readonly CaseEvent[]): CaseRuleState | undefined {
  let rules: CaseRuleState | undefined;
  for (const event of events) {
    try {
      const verdict = appendToRuleState(rules, event);
      if (verdict.ok) rules = verdict.state;
    } catch {
      // An event an older server stored without the shape the rules read: it changes nothing, as a refused one.
    }
  }
  return rules;
}
