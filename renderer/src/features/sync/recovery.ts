// Recovery after a server restore (docs/sync-protocol.md, "Server epoch"): every
// push and pull answer carries the server's epoch; a new epoch or a `seqGap`
// means the server may lack events it once acknowledged. Following client-core,
// the PC puts its sent events back in the outbox (from the server's expectedSeq,
// or the newest one as a probe) and pulls again from cursor 0. Sent outbox rows
// stay, each with the epoch it was acknowledged in, so nothing is lost meanwhile.
import type { CaseEvent } from '@shared/case';
import { checkEpoch, type EpochCheck, eventsToResend, type SentEvent, type TransportResult } from '@shared/sync/client-core';
import type { AkimatDb } from '@renderer/db/schema';
import { loadStatus, updateStatus } from './state';

/** How many recoveries one sync run may make before it backs off like any failure (never a loop). */
export const MAX_RECOVERIES_PER_RUN = 5;

/** This PC's sent events with the epoch each was acknowledged in. */
export async function sentEvents(db: AkimatDb): Promise<SentEvent[]> {
  const rows = await db.outbox.where('state').equals('sent').toArray();
  const events = await db.events.bulkGet(rows.map((r) => r.eventId));
  const sent: SentEvent[] = [];
  for (const [i, row] of rows.entries()) {
    const event = events[i];
    if (event) sent.push({ event: event as CaseEvent, epoch: row.epoch ?? null });
  }
  return sent;
}

/**
 * Compares an answer with the epoch this PC knows and acts on client-core's
 * verdict: the epoch is remembered (the first one adopted); on 'recover' the
 * events to resend are pending again and the pull cursor is 0. Returns the check
 * and how many events went back to the outbox.
 */
export async function followEpoch(
  db: AkimatDb,
  deviceId: string,
  result: TransportResult,
): Promise<{ check: EpochCheck; requeued: number }> {
  return db.transaction('rw', [db.outbox, db.events, db.syncState], async () => {
    const status = await loadStatus(db);
    const known = status.epoch ?? null;
    const check = checkEpoch(known, result);
    if (check.kind === 'same') {
      if (check.epoch !== known) await updateStatus(db, { epoch: check.epoch });
      return { check, requeued: 0 };
    }
    const resend = eventsToResend(await sentEvents(db), deviceId, check.epoch, check.resendFrom);
    await db.outbox.bulkPut(resend.map((e) => ({ eventId: e.id, state: 'pending' as const })));
    await updateStatus(db, { epoch: check.epoch, cursor: check.cursor, recoveries: (status.recoveries ?? 0) + 1 });
    return { check, requeued: resend.length };
  });
}
