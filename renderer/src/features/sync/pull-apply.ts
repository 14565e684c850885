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
import { deferStatsDays, putSummaries, statsDaysDeferred } from '@renderer/db/stats-days';
import { projectUnit } from '@renderer/db/unit-store';
import { isUnitEventType } from '@shared/unit';
import { isComplaintEventType } from '@shared/complaint';
import { projectComplaint } from '@renderer/db/complaint-store';
import type { AkimatDb } from '@renderer/db/schema';
import { foldOrder, storedEventsOf } from '@renderer/db/case-order';
import { loadStatus, updateStatus } from './state';

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

/**
 * For a pull from the beginning into a PC with no cases (a first sync): the streams this PC holds
 * events of now (its unit's own). Passed to every page of the run, which adds its own streams, it
 * lets a page read only the cases it may hold (new ones hold nothing) instead of one read per case.
 * Exact within the run: a stream this PC writes meanwhile is new (pushed in a later run, never in
 * this run's feed) or one it pulled (already in the set). Else null: every page reads every case.
 */
export async function streamsHeld(db: AkimatDb): Promise<Set<string> | null> {
  if ((await loadStatus(db)).cursor !== 0 || (await db.cases.count()) > 0) return null;
  return new Set((await db.events.orderBy('caseId').uniqueKeys()) as string[]);
}

/**
 * `parsed`: the page already checked (engine.ts checks the next page while this one is written);
 * `held`: the run's streamsHeld, or null.
 */
export async function applyPulledPage(
  db: AkimatDb,
  body: unknown,
  parsed = parsePullPage(body),
  held: Set<string> | null = null,
): Promise<PullApplied> {
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { page } = parsed;
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
      const [status, deferred] = await Promise.all([loadStatus(db), statsDaysDeferred(db)]);
      // A first sync into a PC with no cases: the statistics' day records are built on their screen's first open instead.
      const deferStats = deferred || (status.cursor === 0 && (await db.cases.count()) === 0);
      if (deferStats && !deferred) await deferStatsDays(db);
      const step = nextCursor(status.cursor, page);
      const incoming = page.events.map((p) => ({ event: p.event as CaseEvent, serverSeq: p.serverSeq, receivedAt: p.receivedAt }));
      // One read per case tells what is new and what to fold it with; a unit's or complaint's events are looked up by id.
      const isCase = (e: CaseEvent) => !isUnitEventType(e.type) && !isComplaintEventType(e.type);
      const caseIds = [...new Set(incoming.filter((p) => isCase(p.event)).map((p) => p.event.caseId))];
      const others = incoming.filter((p) => !isCase(p.event)).map((p) => p.event.id);
      const reading = held ? caseIds.filter((id) => held.has(id)) : caseIds;
      const [read, otherRows] = await Promise.all([storedEventsOf(db, reading), db.events.bulkGet(others)]);
      const byCase = new Map(reading.map((id, i) => [id, read[i]]));
      const stored = caseIds.map((id) => byCase.get(id) ?? []);
      for (const id of caseIds) held?.add(id);
      const known = new Set([...stored.flat(), ...otherRows].map((e) => e?.id));
      const fresh: CaseEvent[] = [];
      const seen = new Set<string>();
      for (const { event } of incoming) if (!known.has(event.id) && !seen.has(event.id) && seen.add(event.id)) fresh.push(event);
      // Our own events coming back: if an acknowledgement was lost, they are sent after all.
      const back = incoming.filter((p) => known.has(p.event.id));
      const rows = await db.outbox.bulkGet(back.map((p) => p.event.id));
      const epoch = status.epoch ?? null;
      const sent = back.filter((_, i) => rows[i]?.state === 'pending');
      // The touched cases folded first (what they need is read by now), then every write sent without waiting in
      // between (IndexedDB keeps the order): the day records' read goes ahead of them, their facts are counted meanwhile.
      const refold = new Set(fresh.filter(isCase).map((e) => e.caseId));
      const touched = caseIds.flatMap((id, i) => (refold.has(id) ? [{ id, events: stored[i] }] : []));
      const seqs = new Map(incoming.map((p) => [p.event.id, p.serverSeq]));
      const ordered = await foldOrder(
        db,
        touched.map((t) => t.id),
        touched.map((t) => t.events),
        fresh.filter(isCase),
        seqs,
      );
      const summaries = [];
      for (const events of ordered.values()) {
        const state = foldCase(events);
        if (state) summaries.push(summarise(state));
      }
      await Promise.all([
        putSummaries(db, summaries, deferStats),
        db.outbox.bulkPut(sent.map((p) => ({ eventId: p.event.id, state: 'sent' as const, serverSeq: p.serverSeq, epoch }))),
        db.events.bulkAdd(fresh),
        db.pulled.bulkPut(
          incoming.map((p) => ({ eventId: p.event.id, caseId: p.event.caseId, serverSeq: p.serverSeq, receivedAt: p.receivedAt })),
        ),
      ]);
      // The unit's own stream refreshes its staff, commission and sessions; a complaint its row.
      for (const stream of new Set(fresh.filter((e) => isUnitEventType(e.type)).map((e) => e.caseId))) await projectUnit(db, stream);
      for (const id of new Set(fresh.filter((e) => isComplaintEventType(e.type)).map((e) => e.caseId))) await projectComplaint(db, id);
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
