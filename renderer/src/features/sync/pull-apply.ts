// Saves one page of pulled events: new events (other PCs of the office, the
// district's decisions) go into `events`, each touched case's summary is
// folded again, and the cursor moves, all in one transaction, so a crash
// leaves either the whole page or none of it. Events already here are
// skipped, which makes a page applied twice harmless.
import { foldCase, type CaseEvent } from '@shared/case';
import { nextCursor, parsePullPage } from '@shared/sync/client-core';
import type { Bilingual } from '@shared/sync/protocol';
import { loadPublishedVersions, recordPublications } from '@renderer/catalog/published';
import { summarise } from '@renderer/db/projection';
import { putSummaries } from '@renderer/db/stats-days';
import { projectUnit } from '@renderer/db/unit-store';
import { isUnitEventType } from '@shared/unit';
import { isComplaintEventType } from '@shared/complaint';
import { projectComplaint } from '@renderer/db/complaint-store';
import type { AkimatDb } from '@renderer/db/schema';
import { eventsOfCases } from '@renderer/db/case-order';
import { loadStatus, updateStatus, type PulledRow } from './state';

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
  const applied = await db.transaction(
    'rw',
    [
      db.events,
      db.cases,
      db.statsDays,
      db.outbox,
      db.pulled,
      db.syncState,
      db.publications,
      db.users,
      db.commissions,
      db.commissionSessions,
      db.meta,
      db.complaints,
    ],
    async (): Promise<PullApplied> => {
      const status = await loadStatus(db);
      // Checked once against the protocol (every event's schema), then applied.
      const parsed = parsePullPage(body);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      const { page } = parsed;
      const step = nextCursor(status.cursor, page);
      const incoming = page.events.map((p) => ({ event: p.event as CaseEvent, serverSeq: p.serverSeq, receivedAt: p.receivedAt }));
      const known = await db.events.bulkGet(incoming.map((p) => p.event.id));
      const fresh: CaseEvent[] = [];
      const order: PulledRow[] = [];
      for (const [i, { event, serverSeq, receivedAt }] of incoming.entries()) {
        order.push({ eventId: event.id, caseId: event.caseId, serverSeq, receivedAt });
        if (known[i]) {
          // Our own event coming back: if its acknowledgement was lost, it is sent after all.
          const row = await db.outbox.get(event.id);
          if (row?.state === 'pending') await db.outbox.put({ eventId: event.id, state: 'sent', serverSeq, epoch: status.epoch ?? null });
        } else if (!fresh.some((e) => e.id === event.id)) {
          fresh.push(event);
        }
      }
      await db.events.bulkAdd(fresh);
      await db.pulled.bulkPut(order);
      // The unit's own stream refreshes its staff, commission and sessions; a complaint its row; a case its summary.
      const streams = new Set(fresh.filter((e) => isUnitEventType(e.type)).map((e) => e.caseId));
      const complaints = new Set(fresh.filter((e) => isComplaintEventType(e.type)).map((e) => e.caseId));
      for (const stream of streams) await projectUnit(db, stream);
      for (const complaint of complaints) await projectComplaint(db, complaint);
      const caseIds = [...new Set(fresh.map((e) => e.caseId))].filter((id) => !streams.has(id) && !complaints.has(id));
      const summaries = [];
      for (const events of (await eventsOfCases(db, caseIds)).values()) {
        const state = foldCase(events);
        if (state) summaries.push(summarise(state));
      }
      await putSummaries(db, summaries);
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
