// The order to fold a case's events in once several PCs wrote them. Each PC's
// clock and its own seq say nothing about another PC's events (an office PC's
// minute and a district PC's minute may tie or be off by days), so events the
// server has numbered go in server order, and this PC's not-yet-sent events
// follow them in their own order (they were written after what it had seen).
import type { CaseEvent } from '@shared/case';
import type { AkimatDb } from './schema';

export function serverOrdered(events: readonly CaseEvent[], serverSeqOf: (eventId: string) => number | undefined): CaseEvent[] {
  const known: Array<{ event: CaseEvent; serverSeq: number }> = [];
  const local: CaseEvent[] = [];
  for (const event of events) {
    const serverSeq = serverSeqOf(event.id);
    if (serverSeq === undefined) local.push(event);
    else known.push({ event, serverSeq });
  }
  known.sort((a, b) => a.serverSeq - b.serverSeq);
  // One device's own sequence is the order it wrote them in, whatever its clock said; another device's go by time.
  local.sort((a, b) => (a.device === b.device || a.at === b.at ? a.seq - b.seq : a.at < b.at ? -1 : 1));
  return [...known.map((k) => k.event), ...local];
}

/**
 * A case's events in the order to fold them: the one reading both the append
 * transaction (case-store.ts) and a pulled page (features/sync/pull-apply.ts) use.
 * Call inside a transaction over events, outbox and pulled, or in a live query.
 */
export async function eventsOf(db: AkimatDb, caseId: string): Promise<CaseEvent[]> {
  return (await eventsOfCases(db, [caseId])).get(caseId) ?? [];
}

/** The events of several cases, each in the order to fold them, read with three queries for all (a pulled page touches hundreds). */
export async function eventsOfCases(db: AkimatDb, caseIds: readonly string[]): Promise<Map<string, CaseEvent[]>> {
  const byCase = new Map<string, CaseEvent[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return byCase;
  const events = await db.events.where('caseId').anyOf(caseIds).toArray();
  const seqs = new Map<string, number>();
  for (const row of await db.pulled.where('caseId').anyOf(caseIds).toArray()) seqs.set(row.eventId, row.serverSeq);
  for (const row of await db.outbox.bulkGet(events.map((e) => e.id)))
    if (row?.serverSeq !== undefined) seqs.set(row.eventId, row.serverSeq);
  for (const event of events) byCase.get(event.caseId)?.push(event);
  for (const [caseId, list] of byCase) byCase.set(caseId, serverOrdered(list, (id) => seqs.get(id)));
  return byCase;
}
