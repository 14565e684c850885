// The outbox side of a push: which events are waiting, and recording what the
// server said about each (sent with its serverSeq, or error with a reason).
import type { CaseEvent } from '@shared/case';
import type { EventSyncState } from '@shared/sync/client-core';
import type { AkimatDb } from '@renderer/db/schema';
import type { OutboxRow } from '@renderer/db/schema';

/** This device's events still waiting for the server, in seq order. */
export async function pendingEvents(db: AkimatDb): Promise<CaseEvent[]> {
  const rows = await db.outbox.where('state').equals('pending').toArray();
  const events = await db.events.bulkGet(rows.map((r) => r.eventId));
  return events.filter((e): e is CaseEvent => !!e).sort((a, b) => a.seq - b.seq);
}

/** Writes the per-event verdicts of one push; 'pending' verdicts leave the row as it is. */
export async function recordPushStates(db: AkimatDb, states: Map<string, EventSyncState>, epoch: string | null = null): Promise<void> {
  const table = db.outbox;
  await db.transaction('rw', table, async () => {
    for (const [eventId, verdict] of states) {
      if (verdict.state === 'sent') await table.put({ eventId, state: 'sent', serverSeq: verdict.serverSeq, epoch });
      else if (verdict.state === 'error') await table.put({ eventId, state: 'error', error: verdict.code, reason: verdict.reason });
    }
  });
}

/** "Sync now" after a person has dealt with a refusal: refused events are offered to the server again. */
export async function retryRefused(db: AkimatDb): Promise<number> {
  const table = db.outbox;
  return db.transaction('rw', table, async () => {
    const refused = await table.where('state').equals('error').toArray();
    await table.bulkPut(refused.map((row): OutboxRow => ({ eventId: row.eventId, state: 'pending' })));
    return refused.length;
  });
}

export interface RefusedEvent {
  eventId: string;
  caseId: string;
  type: CaseEvent['type'];
  code: string;
  reason?: { kk: string; ru: string };
}

export async function refusedEvents(db: AkimatDb): Promise<RefusedEvent[]> {
  const rows = await db.outbox.where('state').equals('error').toArray();
  const events = await db.events.bulkGet(rows.map((r) => r.eventId));
  return rows.map((row, i) => ({
    eventId: row.eventId,
    caseId: events[i]?.caseId ?? '',
    type: events[i]?.type ?? 'registered',
    code: row.error ?? '',
    reason: row.reason,
  }));
}
