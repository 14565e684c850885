// The acts of the district department, each
// written as case events through appendEvents (rules, outbox, summary in one
// transaction). Input is checked first: a bad value comes back as a named
// problem for the field (a ProblemsError), and nothing is written.
import type { CaseEvent, CaseState, Payload } from '@shared/case';
import { isIsoDate } from '@shared/calendar/dates';
import { parseAmount } from '@shared/input/amount';
import { appendEvents, eventsOf, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import { hasProblems, ProblemsError, type Problems } from '@renderer/ui/form-problems';
import { zodProblems } from '@renderer/ui/zod-problems';
import { z } from 'zod';
import { noteIncomingNumber, proposeIncomingNumber } from './incoming';
import { noteOutgoingNumber } from './outgoing';

/** Why an entered value cannot be used; each has a text in the district dictionary. */
export type InputProblem =
  | 'common.problemRequired'
  | 'district.problemDate'
  | 'district.problemFutureDate'
  | 'district.problemAmount'
  | 'district.problemPeriodHalf'
  | 'district.problemPeriodOrder'
  | 'district.problemReasons'
  | 'district.problemNotEnrolled';

export type InputProblems = Problems<InputProblem>;

function stop(problems: InputProblems): void {
  if (hasProblems(problems)) throw new ProblemsError(problems);
}

const blank = (v: string | undefined) => !v || v.trim() === '';
const problem = (text: InputProblem) => ({ text });

async function write(
  ctx: WriteContext,
  caseId: string,
  build: (existing: CaseEvent[]) => NewEvent[] | Promise<NewEvent[]>,
): Promise<CaseState> {
  return appendEvents(ctx, caseId, build);
}

// ——— district side ———

export interface PackageRegistration {
  incomingNumber: string;
  incomingDate: string;
}

export function checkRegistration(input: PackageRegistration, today: string): InputProblems {
  const problems: InputProblems = {};
  if (blank(input.incomingNumber)) problems.incomingNumber = problem('common.problemRequired');
  if (!isIsoDate(input.incomingDate)) problems.incomingDate = problem('district.problemDate');
  else if (input.incomingDate > today) problems.incomingDate = problem('district.problemFutureDate');
  return problems;
}

/** The district's clerk registers an arrived package under its incoming number. */
export async function registerPackage(ctx: WriteContext, caseId: string, input: PackageRegistration): Promise<CaseState> {
  stop(checkRegistration(input, ctx.at.slice(0, 10)));
  const incomingNumber = input.incomingNumber.trim();
  return write(ctx, caseId, async () => {
    await noteIncomingNumber(ctx.db, ctx.office, incomingNumber);
    return [{ type: 'receivedByDistrict', payload: { incomingNumber, incomingDate: input.incomingDate } }];
  });
}

export interface BatchOutcome {
  registered: Array<{ caseId: string; incomingNumber: string }>;
  /** The packages left unregistered, each with what stopped it (a refused write, a storage failure). */
  refused: Array<{ caseId: string; error: unknown }>;
}

/**
 * Several packages under one incoming date, one signer: each gets the next
 * number of this PC's incoming series. The date is checked once (a bad one
 * registers nothing); a package the rules refuse does not stop the others.
 */
export async function registerPackages(ctx: WriteContext, caseIds: readonly string[], incomingDate: string): Promise<BatchOutcome> {
  const dateProblems = checkRegistration({ incomingNumber: '-', incomingDate }, ctx.at.slice(0, 10));
  stop(dateProblems);
  const outcome: BatchOutcome = { registered: [], refused: [] };
  for (const caseId of caseIds) {
    try {
      let incomingNumber = '';
      // Proposed inside the write's transaction: a refused write gives its number back.
      await write(ctx, caseId, async () => {
        incomingNumber = await proposeIncomingNumber(ctx.db, ctx.office, ctx.at);
        await noteIncomingNumber(ctx.db, ctx.office, incomingNumber);
        return [{ type: 'receivedByDistrict', payload: { incomingNumber, incomingDate } }];
      });
      outcome.registered.push({ caseId, incomingNumber });
    } catch (error) {
      outcome.refused.push({ caseId, error });
    }
  }
  return outcome;
}

/** The head's endorsement: who in the department examines the case. */
export async function assignDistrictExecutor(
  ctx: WriteContext,
  caseId: string,
  executor: { id: string; name: string },
): Promise<CaseState> {
  stop(blank(executor.id) || blank(executor.name) ? { executor: problem('common.problemRequired') } : {});
  return write(ctx, caseId, () => [
    { type: 'districtExecutorAssigned', payload: { executorId: executor.id, executorName: executor.name.trim() } },
  ]);
}

/** Back to the akimat with remarks (missing or unreadable documents). */
export async function returnForRework(ctx: WriteContext, caseId: string, remarks: string): Promise<CaseState> {
  stop(blank(remarks) ? { remarks: problem('common.problemRequired') } : {});
  return write(ctx, caseId, () => [{ type: 'returnedForRework', payload: { remarks: remarks.trim() } }]);
}

export interface SpecialCommissionInput {
  needs: boolean;
  amount: string;
  reasons: string;
}

/** The special commission's decision on need (and the amount when it finds a need). */
export async function recordSpecialCommission(ctx: WriteContext, caseId: string, input: SpecialCommissionInput): Promise<CaseState> {
  const amount = parseAmount(input.amount);
  const problems: InputProblems = {};
  if (amount === null) problems.amount = problem('district.problemAmount');
  if (input.needs && amount === undefined) problems.amount = problem('common.problemRequired');
  if (!input.needs && blank(input.reasons)) problems.reasons = problem('common.problemRequired');
  stop(problems);
  const payload: Payload<'specialCommissionDecided'> = { needs: input.needs };
  if (input.needs && amount != null) payload.amount = amount;
  if (!blank(input.reasons)) payload.reasons = input.reasons.trim();
  return write(ctx, caseId, () => [{ type: 'specialCommissionDecided', payload }]);
}

export interface DecisionInput {
  outcome: 'notification' | 'refusal';
  amount: string;
  periodFrom: string;
  periodTo: string;
  /** Refusal reasons, one per line (catalog grounds are stored by their Kazakh text). */
  reasons: string[];
  outgoingNumber: string;
  signedBy: string;
}

/** The decision form as typed: a refusal needs a reason; a notification's amount and period, when given, must hold. */
const DecisionInputSchema = z
  .object({
    outcome: z.enum(['notification', 'refusal']),
    amount: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    reasons: z.array(z.string()),
    outgoingNumber: z.string(),
    signedBy: z.string(),
  })
  .superRefine((input, ctx) => {
    // One refinement for the whole form, so every field's problem shows at once.
    const flag = (field: keyof DecisionInput, message: InputProblem) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (blank(input.outgoingNumber)) flag('outgoingNumber', 'common.problemRequired');
    if (blank(input.signedBy)) flag('signedBy', 'common.problemRequired');
    if (input.outcome === 'refusal') {
      if (input.reasons.every(blank)) flag('reasons', 'district.problemReasons');
      return;
    }
    if (parseAmount(input.amount) === null) flag('amount', 'district.problemAmount');
    const from = input.periodFrom.trim();
    const to = input.periodTo.trim();
    const fromBad = !!from && !isIsoDate(from);
    const toBad = !!to && !isIsoDate(to);
    if (fromBad) flag('periodFrom', 'district.problemDate');
    if (toBad) flag('periodTo', 'district.problemDate');
    if (fromBad || toBad) return;
    if (!!from !== !!to) flag(from ? 'periodTo' : 'periodFrom', 'district.problemPeriodHalf');
    else if (from && to < from) flag('periodTo', 'district.problemPeriodOrder');
  });

export function checkDecision(input: DecisionInput): InputProblems {
  return zodProblems<InputProblem>(DecisionInputSchema.safeParse(input));
}

/** The signed decision, registered as outgoing: a notification of assignment or a reasoned refusal. */
export async function decide(ctx: WriteContext, caseId: string, input: DecisionInput): Promise<CaseState> {
  stop(checkDecision(input));
  const base = { outcome: input.outcome, outgoingNumber: input.outgoingNumber.trim(), signedBy: input.signedBy.trim() };
  let payload: Payload<'decided'>;
  if (input.outcome === 'refusal') {
    payload = {
      ...base,
      reasons: input.reasons
        .map((r) => r.trim())
        .filter(Boolean)
        .join('\n'),
    };
  } else {
    const amount = parseAmount(input.amount);
    payload = {
      ...base,
      ...(amount != null ? { amount } : {}),
      ...(input.periodFrom.trim() ? { periodFrom: input.periodFrom.trim(), periodTo: input.periodTo.trim() } : {}),
    };
  }
  return write(ctx, caseId, async () => {
    await noteOutgoingNumber(ctx.db, ctx.office, payload.outgoingNumber);
    return [{ type: 'decided', payload }];
  });
}

export { eventsOf };
