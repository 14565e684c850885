// Checks one pushed batch inside the write transaction and stores it when every
// event passes: who may write it (shared/case/writers.ts), idempotent by id,
// per-device seq with no gaps, scope, the relay only to the office's own
// district, files the unit uploaded or sees, and the case's own rules
// (canAppend, on the case's stored rule state), at most maxCaseEvents events a
// case. The first problem refuses the whole batch.
import type { CaseEvent } from '../../../shared/case';
import { appendToRuleState, type CaseRuleState } from '../../../shared/case/rule-state';
import { mayWrite } from '../../../shared/case/writers';
import { REJECTION_NAMES } from '../../../shared/i18n/domain';
import { syncErrorMessage } from '../../../shared/sync/messages';
import type { AckedEvent, EventVerdict, SyncErrorCode } from '../../../shared/sync/protocol';
import { IssuedStatements, type Queryable } from './driver';
import { appendDistrictFeed } from './district-feed';
import { applyDeliveries } from './push-deliveries';
import { readPushStart, writeCounter } from './queries';
import { type Device, type PushResult, unitCodeOf } from './types';
import { caseVisibleTo, unitSeesFile } from './visibility';
import { shortCodeOrNull } from './migrations/007-case-short-codes';
import type { UnitRules } from '../../../shared/unit';
import { RosterCheck } from './unit-roster';
import type { ComplaintRules } from '../../../shared/complaint';
import { checkComplaintEvent } from './complaint-check';

interface CaseRow {
  case_id: string;
  office_code: string;
  district_code: string | null;
  delivered_seq: number | null;
  event_count: number;
  rule_state: string | null;
}

/** A case as the batch sees it: its row, its event count and rule state with this batch's events so far. */
interface CaseWork {
  row: CaseRow | null;
  count: number;
  /** A case's rule state, or the unit's rules on the unit's own stream. */
  rules: CaseRuleState | UnitRules | ComplaintRules | undefined;
  touched: boolean;
}

export async function checkAndStoreBatch(
  db: Queryable,
  device: Device,
  batch: CaseEvent[],
  receivedAt: string,
  maxCaseEvents: number,
  bodies?: ReadonlyMap<CaseEvent, string>,
): Promise<PushResult> {
  const events = [...batch].sort((a, b) => a.seq - b.seq);
  const refuse = (
    culprit: CaseEvent,
    status: number,
    code: SyncErrorCode,
    verdict: Omit<EventVerdict, 'id' | 'state'>,
    params?: Record<string, string | number>,
    expectedSeq?: number,
  ): PushResult => ({
    ok: false,
    status,
    code,
    params,
    expectedSeq,
    events: batch.map((e) => (e.id === culprit.id ? { id: e.id, state: 'refused', ...verdict } : { id: e.id, state: 'notApplied' })),
  });

  // A few set queries instead of several per event, issued together: on PostgreSQL they go out in one
  // round trip (the connection pipelines), and round trips under the write lock set the pace of every push.
  // The unit's stream is read even when the batch does not write to it: its roster checks every actor.
  const caseIds = [...new Set([RosterCheck.streamIdOf(device), ...events.map((e) => e.caseId)])];
  const [start, storedRows, caseRows] = await Promise.all([
    readPushStart(db, device),
    Promise.all(
      chunks(events.map((e) => e.id)).map((ids) =>
        db.all<{ id: string; server_seq: number; body: string }>(
          `SELECT id, server_seq, body FROM events WHERE id IN (${marks(ids)})`,
          ids,
        ),
      ),
    ),
    Promise.all(
      chunks(caseIds).map((ids) =>
        db.all<CaseRow>(
          `SELECT case_id, office_code, district_code, delivered_seq, event_count, rule_state FROM cases WHERE case_id IN (${marks(ids)})`,
          ids,
        ),
      ),
    ),
  ]);
  let expected = Number(start.last_seq ?? 0) + 1;
  let serverSeq = Number(start.server_seq);
  const accepted: AckedEvent[] = [];
  const seenInBatch = new Map<string, string>();
  const cases = new Map<string, CaseWork>();
  const toInsert: { event: CaseEvent; serverSeq: number; body: string; owner: string }[] = [];
  const storedById = new Map(storedRows.flat().map((r) => [r.id, r]));
  const roster = RosterCheck.of(device, start.roster_state);
  for (const row of caseRows.flat()) {
    const rules = row.rule_state ? (JSON.parse(row.rule_state) as CaseRuleState | UnitRules | ComplaintRules) : undefined;
    cases.set(row.case_id, { row, count: Number(row.event_count), rules, touched: false });
  }
  for (const id of caseIds) if (!cases.has(id)) cases.set(id, { row: null, count: 0, rules: undefined, touched: false });
  const ownDistrict = device.kind === 'office' ? (start.own_district ?? undefined) : undefined;
  const seenFiles = new Set<string>();
  const relays = new Map<string, { districtCode: string; attachments: string[] }>();
  const caseAttachments: [string, string][] = [];
  /** New streams a district sees from their first event: the district's own (its unit, its complaints) and an office's complaints. */
  const newlyDelivered = new Map<string, { districtCode: string; firstSeq: number }>();

  for (const event of events) {
    const body = bodies?.get(event) ?? JSON.stringify(event);
    if (event.device !== device.id || event.office !== unitCodeOf(device)) {
      return refuse(event, 403, 'wrongDevice', { code: 'wrongDevice', reason: syncErrorMessage('wrongDevice') });
    }
    const writer = mayWrite(device.kind, event.type, event.actor.role);
    if (!writer.ok) {
      const params: Record<string, string> = { type: event.type, role: event.actor.role };
      return refuse(event, 403, writer.problem, { code: writer.problem, reason: syncErrorMessage(writer.problem, params) }, params);
    }
    // Idempotency: the same event again is acknowledged, never stored twice.
    const inBatch = seenInBatch.get(event.id);
    const stored = inBatch === undefined ? storedById.get(event.id) : undefined;
    if (inBatch !== undefined || stored) {
      if ((stored?.body ?? inBatch) !== body)
        return refuse(event, 409, 'idConflict', { code: 'idConflict', reason: syncErrorMessage('idConflict') });
      if (stored) accepted.push({ id: event.id, serverSeq: Number(stored.server_seq), status: 'duplicate' });
      continue;
    }
    if (event.seq < expected) {
      return refuse(
        event,
        409,
        'seqReused',
        { code: 'seqReused', reason: syncErrorMessage('seqReused', { seq: event.seq }) },
        { seq: event.seq },
      );
    }
    if (event.seq > expected) {
      return refuse(event, 409, 'seqGap', { code: 'seqGap', reason: syncErrorMessage('seqGap', { expected }) }, { expected }, expected);
    }

    // Scope: a case the device may not see is answered as a case that does not exist (nothing to append to).
    const work = cases.get(event.caseId)!;
    if (work.row && !caseVisibleTo(device, work.row)) {
      return refuse(event, 422, 'eventRejected', { code: 'notRegistered', reason: REJECTION_NAMES.notRegistered });
    }
    // A bounded history per case: beyond it the case is refused, never slowly re-read.
    if (work.count >= maxCaseEvents) {
      const params = { limit: maxCaseEvents };
      return refuse(event, 422, 'caseEventLimit', { code: 'caseEventLimit', reason: syncErrorMessage('caseEventLimit', params) }, params);
    }

    // The unit's roster (and, for the unit's own facts, its rules), then the case's own rules on its stored rule state.
    const stream = cases.get(roster.streamId)!;
    const staffed = roster.check(event, stream.rules as UnitRules | undefined);
    if (!staffed.ok) return refuse(event, 422, 'eventRejected', { code: staffed.code, reason: REJECTION_NAMES[staffed.code] });
    // A complaint's stream follows the complaint's rules (complaint-check.ts); a case's, the case's.
    const complaint = staffed.rules ? undefined : await checkComplaintEvent(db, device, event, work, (id) => cases.get(id)?.row);
    if (complaint?.ok === false) {
      const { status, code, rejection } = complaint;
      return refuse(
        event,
        status,
        code,
        rejection ? { code: rejection, reason: REJECTION_NAMES[rejection] } : { code, reason: syncErrorMessage(code) },
      );
    }
    const verdict = staffed.rules
      ? { ok: true as const, state: staffed.rules }
      : complaint?.ok === true
        ? { ok: true as const, state: complaint.rules }
        : appendToRuleState(work.rules as CaseRuleState, event);
    if (!verdict.ok) {
      return refuse(event, 422, 'eventRejected', { code: verdict.code, reason: REJECTION_NAMES[verdict.code] });
    }
    if (event.type === 'packageRelayed') {
      const { districtCode } = event.payload;
      // The server knows each office's district; a package goes there and nowhere else.
      if (districtCode !== ownDistrict) {
        const params = { district: ownDistrict ?? '' };
        return refuse(event, 403, 'notOwnDistrict', { code: 'notOwnDistrict', reason: syncErrorMessage('notOwnDistrict', params) }, params);
      }
    }
    const files =
      event.type === 'attachmentAdded' ? [event.payload.sha256] : event.type === 'packageRelayed' ? event.payload.attachments : [];
    for (const sha of files) {
      // Only files this unit uploaded or already sees through a case: a hash is never a key to someone else's scan.
      if (!seenFiles.has(sha) && !(await unitSeesFile(db, device, sha))) {
        return refuse(event, 422, 'unknownAttachment', { code: 'unknownAttachment', reason: syncErrorMessage('unknownAttachment') });
      }
      seenFiles.add(sha);
      caseAttachments.push([event.caseId, sha]);
    }
    if (event.type === 'packageRelayed') relays.set(event.caseId, event.payload);

    work.rules = verdict.state;
    work.count++;
    work.touched = true;
    seenInBatch.set(event.id, body);
    if (!work.row) {
      work.row = {
        case_id: event.caseId,
        // A district's own stream belongs to no office; the district sees it from its first event.
        office_code: device.officeCode ?? '',
        district_code: null,
        delivered_seq: null,
        event_count: 0,
        rule_state: null,
      };
      const seenBy = device.kind === 'district' ? device.districtCode : event.type === 'complaintRegistered' ? ownDistrict : undefined;
      if (seenBy) newlyDelivered.set(event.caseId, { districtCode: seenBy, firstSeq: serverSeq + 1 });
    }
    toInsert.push({ event, serverSeq: ++serverSeq, body, owner: work.row.office_code });
    accepted.push({ id: event.id, serverSeq, status: 'stored' });
    expected++;
  }

  // New cases and the new count and rule state of every case the batch wrote to, in one statement per 200.
  const touched = [...cases.values()].filter((w) => w.touched);
  const writes = new IssuedStatements();
  for (const part of chunks(touched, 200)) {
    writes.add(
      db.run(
        `INSERT INTO cases (case_id, office_code, event_count, rule_state, short_code) VALUES ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (case_id) DO UPDATE SET event_count = excluded.event_count, rule_state = excluded.rule_state`,
        part.flatMap((w) => [w.row!.case_id, w.row!.office_code, w.count, JSON.stringify(w.rules), shortCodeOrNull(w.row!.case_id)]),
      ),
    );
  }
  for (const part of chunks(toInsert, 100)) {
    writes.add(
      db.run(
        `INSERT INTO events (server_seq, id, case_id, device_id, seq, owner_office, type, body, received_at, servable) VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, 1)').join(', ')}`,
        part.flatMap(({ event, serverSeq: s, body, owner }) => [
          s,
          event.id,
          event.caseId,
          device.id,
          event.seq,
          owner,
          event.type,
          body,
          receivedAt,
        ]),
      ),
    );
  }
  for (const [caseId, sha] of caseAttachments) {
    writes.add(
      db.run('INSERT INTO case_attachments (case_id, sha256) VALUES (?, ?) ON CONFLICT (case_id, sha256) DO NOTHING', [caseId, sha]),
    );
  }
  // A relay or a delivery (rare) reads and writes step by step after them.
  const delivered = await applyDeliveries(db, (id) => cases.get(id)!.row!, newlyDelivered, relays, serverSeq);
  serverSeq = delivered.serverSeq;
  const refreshed = delivered.refreshed;
  // Events of cases already delivered to a district join its feed at their own number.
  const feed = toInsert.flatMap(({ event, serverSeq: s }) => {
    const row = cases.get(event.caseId)!.row!;
    return !refreshed.has(event.caseId) && row.district_code !== null && row.delivered_seq !== null
      ? [{ districtCode: row.district_code, serverSeq: s, caseId: event.caseId }]
      : [];
  });
  writes.add(appendDistrictFeed(db, feed));
  writes.add(roster.save(db, device));
  writes.add(writeCounter(db, serverSeq));
  await writes.settled();
  // When the device was last seen is kept with its report (device_reports.seen_at, written after the
  // answer for every push and pull), not here: devices.last_seen_at only holds it for older rows.
  return { ok: true, accepted };
}

function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const marks = (items: unknown[]) => items.map(() => '?').join(', ');
