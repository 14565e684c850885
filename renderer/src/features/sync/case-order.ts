// The order to fold a case's events in once several PCs wrote them. Each PC's
// clock and its own seq say nothing about another PC's events (an office PC's
// minute and a district PC's minute may tie or be off by days), so events the
// server has numbered go in server order, and this PC's not-yet-sent events
// follow them in their own order (they were written after what it had seen).
import type { CaseEvent } from '@shared/case';

export function serverOrdered(events: readonly CaseEvent[], serverSeqOf: (eventId: string) => number | undefined): CaseEvent[] {
  const known: Array<{ event: CaseEvent; serverSeq: number }> = [];
  const local: CaseEvent[] = [];
  for (const event of events) {
    const serverSeq = serverSeqOf(event.id);
    if (serverSeq === undefined) local.push(event);
    else known.push({ event, serverSeq });
  }
  known.sort((a, b) => a.serverSeq - b.serverSeq);
  local.sort((a, b) => (a.at === b.at ? a.seq - b.seq : a.at < b.at ? -1 : 1));
  return [...known.map((k) => k.event), ...local];
}
