// The akim relays several cases at once: one signature, one packageRelayed
// event per case (each in its own transaction: one refusal does not stop the
// others), and the reads behind the cover letter and the relay register.
import Dexie from 'dexie';
import type { CaseEvent, CaseState } from '@shared/case';
import { caseEntry } from '@renderer/catalog/catalog';
import { loadCase, type WriteContext } from '@renderer/db/case-store';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import type { TextKey } from '@renderer/texts';
import { ProblemsError } from '@renderer/ui/form-problems';
import { registeredRoute, relayPackage, relayRoutes } from './commands';

export interface RelayOutcome {
  relayed: CaseState[];
  refused: { caseId: string; error: unknown }[];
}

/** Relays each case to the office's district, on the route it was registered for. */
export async function relayMany(ctx: WriteContext, caseIds: readonly string[], districtCode: string | undefined): Promise<RelayOutcome> {
  if (!districtCode?.trim()) throw new ProblemsError<TextKey>({ district: { text: 'district.problemNotEnrolled' } });
  const outcome: RelayOutcome = { relayed: [], refused: [] };
  for (const caseId of caseIds) {
    try {
      const state = await loadCase(ctx.db, caseId);
      const to = state && relayRoutes(caseEntry(state)).length > 0 ? registeredRoute(state) : undefined;
      outcome.relayed.push(await relayPackage(ctx, caseId, districtCode, to));
    } catch (error) {
      outcome.refused.push({ caseId, error });
    }
  }
  return outcome;
}

export const READY_LIMIT = 100;

/** Cases whose next step is the relay (registered, or concluded by the commission), most urgent first. */
export async function readyForRelay(db: AkimatDb, limit = READY_LIMIT): Promise<CaseSummary[]> {
  const lists = await Promise.all(
    ['registered', 'commissionConcluded'].map((status) =>
      db.cases
        .where('[status+openDue]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .filter((c) => c.nextMilestone === 'relay')
        .limit(limit)
        .toArray(),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => ((a.openDue ?? '') < (b.openDue ?? '') ? -1 : 1))
    .slice(0, limit);
}

export type RelayedEvent = Extract<CaseEvent, { type: 'packageRelayed' }>;

/** The relays made from `from` to `to` (dates, both included), in the order they were made, with their cases. */
export async function relaysBetween(db: AkimatDb, from: string, to: string): Promise<Array<{ event: RelayedEvent; state: CaseState }>> {
  const events = (await db.events
    .where('[type+at]')
    .between(['packageRelayed', from], ['packageRelayed', `${to}T\uffff`], true, true)
    .toArray()) as RelayedEvent[];
  const states = await Promise.all(events.map((e) => loadCase(db, e.caseId)));
  return events.flatMap((event, i) => (states[i] ? [{ event, state: states[i] }] : []));
}

/** The case's newest relay. */
export function lastRelay(state: CaseState): RelayedEvent | undefined {
  return [...state.events].reverse().find((e): e is RelayedEvent => e.type === 'packageRelayed');
}
