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

/**
 * The events of several cases, each in the order to fold them. One range read per
 * case, all sent at once: IndexedDB answers a key range with one getAll, where a
 * cursor over many keys (anyOf) costs a round trip per row.
 */
export async function eventsOfCases(db: AkimatDb, caseIds: readonly string[]): Promise<Map<string, CaseEvent[]>> {
  return foldOrder(db, caseIds, await storedEventsOf(db, caseIds));
}

/** The events this PC holds of each case (one range read per case, all sent at once). */
export function storedEventsOf(db: AkimatDb, caseIds: readonly string[]): Promise<CaseEvent[][]> {
  return Promise.all(caseIds.map((id) => db.events.where('caseId').equals(id).toArray()));
}

/**
 * `stored[i]` (the events held of caseIds[i]) with `added` events not yet read
 * back (a pulled page, numbered by `addedSeqs`), each case in the order to fold
 * it. Only the server numbers of held events are read: a case new to this PC
 * (a first sync) costs no read at all.
 */
export async function foldOrder(
  db: AkimatDb,
  caseIds: readonly string[],
  stored: readonly CaseEvent[][],
  added: readonly CaseEvent[] = [],
  addedSeqs: ReadonlyMap<string, number> = new Map(),
): Promise<Map<string, CaseEvent[]>> {
  const seqs = new Map(addedSeqs);
  const byCase = new Map(caseIds.map((id, i) => [id, [...stored[i]]]));
  const held = stored.flat().filter((e) => !seqs.has(e.id));
  // Pulled rows number the others' events; this PC's own are numbered in the outbox once sent.
  for (const row of await db.pulled.bulkGet(held.map((e) => e.id))) if (row) seqs.set(row.eventId, row.serverSeq);
  const own = held.filter((e) => !seqs.has(e.id));
  for (const row of await db.outbox.bulkGet(own.map((e) => e.id))) if (row?.serverSeq !== undefined) seqs.set(row.eventId, row.serverSeq);
  for (const event of added) byCase.get(event.caseId)?.push(event);
  return new Map([...byCase].map(([id, events]) => [id, serverOrdered(events, (eventId) => seqs.get(eventId))]));
}
