// Saves one page of pulled events: new events (other PCs of the office, the
// district's decisions) go into `events`, each touched case's summary is
// folded again, and the cursor moves, all in one transaction, so a crash
// leaves either the whole page or none of it. Events already here are
// skipped, which makes a page applied twice harmless.
import { foldCase, type CaseEvent } from '@shared/case';
import { advanceCursor } from '@shared/sync/client-core';
import { PullResponse, type Bilingual } from '@shared/sync/protocol';
import { loadPublishedVersions, publicationsTable, recordPublications } from '@renderer/catalog/published';
import { summarise } from '@renderer/db/projection';
import type { AkimatDb } from '@renderer/db/schema';
import { serverOrdered } from './case-order';
import { loadStatus, outboxTable, pulledTable, syncStateTable, updateStatus, type PulledRow } from './state';

export type PullApplied =
  | {
      ok: true;
      added: number;
      skipped: number;
      cursor: number;
      more: boolean;
      serverTime: string;
      publications: { applied: number; rejected: number };
    }
  | { ok: false; error: Bilingual };

export async function applyPulledPage(db: AkimatDb, body: unknown): Promise<PullApplied> {
  const outbox = outboxTable(db);
  const pulled = pulledTable(db);
  const applied = await db.transaction(
    'rw',
    [db.events, db.cases, outbox, pulled, syncStateTable(db), publicationsTable(db)],
    async (): Promise<PullApplied> => {
      const status = await loadStatus(db);
      const step = advanceCursor(status.cursor, body);
      if ('error' in step) return { ok: false, error: step.error };
      const page = PullResponse.parse(body);
      const incoming = page.events.map((p) => ({ event: p.event as CaseEvent, serverSeq: p.serverSeq, receivedAt: p.receivedAt }));
      const known = await db.events.bulkGet(incoming.map((p) => p.event.id));
      const fresh: CaseEvent[] = [];
      const order: PulledRow[] = [];
      for (const [i, { event, serverSeq, receivedAt }] of incoming.entries()) {
        order.push({ eventId: event.id, caseId: event.caseId, serverSeq, receivedAt });
        if (known[i]) {
          // Our own event coming back: if its acknowledgement was lost, it is sent after all.
          const row = await outbox.get(event.id);
          if (row?.state === 'pending') await outbox.put({ eventId: event.id, state: 'sent', serverSeq });
        } else if (!fresh.some((e) => e.id === event.id)) {
          fresh.push(event);
        }
      }
      await db.events.bulkAdd(fresh);
      await pulled.bulkPut(order);
      for (const caseId of new Set(fresh.map((e) => e.caseId))) {
        const state = foldCase(await caseEventsInServerOrder(db, caseId));
        if (state) await db.cases.put(summarise(state));
      }
      // Catalog and calendar versions: checked again here, the rejected ones kept with their reason.
      const publications = await recordPublications(db, page.publications);
      await updateStatus(db, { cursor: step.cursor, pulledTotal: status.pulledTotal + fresh.length });
      return {
        ok: true,
        added: fresh.length,
        skipped: incoming.length - fresh.length,
        cursor: step.cursor,
        more: step.more,
        serverTime: page.serverTime,
        publications,
      };
    },
  );
  if (applied.ok && applied.publications.applied > 0) await loadPublishedVersions(db);
  return applied;
}

/** A case's events in the order the server saw them (see case-order.ts); call inside a transaction over events, outbox and pulled. */
export async function caseEventsInServerOrder(db: AkimatDb, caseId: string): Promise<CaseEvent[]> {
  const events = await db.events.where('caseId').equals(caseId).toArray();
  const seqs = new Map<string, number>();
  for (const row of await pulledTable(db).where('caseId').equals(caseId).toArray()) seqs.set(row.eventId, row.serverSeq);
  for (const row of await outboxTable(db).bulkGet(events.map((e) => e.id)))
    if (row?.serverSeq !== undefined) seqs.set(row.eventId, row.serverSeq);
  return serverOrdered(events, (id) => seqs.get(id));
}
