// Writes a complaint's facts as events of its own stream (shared/complaint) and
// keeps the `complaints` table as their projection: each write is one
// transaction that validates the events, checks who may write them and the
// complaint's rules, numbers them with the device's sequence, queues them for
// sync and folds the summary again. Pulled pages refresh it the same way.
import type { CaseEvent, Payload } from '@shared/case';
import {
  appendToComplaintRules,
  type ComplaintEventType,
  type ComplaintRules,
  complaintNumber,
  foldComplaint,
  type ComplaintState,
} from '@shared/complaint';
import { complaintRow } from '@renderer/features/complaints/tables';
import { eventsOf } from './case-order';
import { InvalidEvent, RejectedWrite, type WriteContext } from './case-store';
import { localDate } from './clock';
import type { AkimatDb } from './schema';
import { StorageFailure, classifyStorageError } from './storage-errors';
import { writeStreamEvents } from './stream-write';
import { unitKindOf } from './unit-store';

export interface NewComplaintEvent<T extends ComplaintEventType = ComplaintEventType> {
  type: T;
  payload: Payload<T>;
}

export const COMPLAINT_TABLES = ['events', 'outbox', 'meta', 'pulled', 'complaints'] as const;

/** Folds the complaint's stream into its row; call inside a transaction over COMPLAINT_TABLES. */
export async function projectComplaint(db: AkimatDb, complaintId: string): Promise<void> {
  const state = foldComplaint(await eventsOf(db, complaintId), { now: localDate() });
  if (state) await db.complaints.put(complaintRow(state));
}

/** The complaint as it stands, folded with today's date (overdue as of `now`). */
export async function loadComplaint(db: AkimatDb, complaintId: string, now = localDate()): Promise<ComplaintState | undefined> {
  return foldComplaint(await eventsOf(db, complaintId), { now });
}

/** Reserves the next journal number of this PC's series for the year; call inside a write transaction. */
export async function nextComplaintNumber(ctx: WriteContext): Promise<string> {
  const year = Number(ctx.at.slice(0, 4));
  const key = `complaintSeq:${ctx.office.officeCode}:${ctx.office.deviceLetter}:${year}`;
  const sequence = ((await ctx.db.meta.get(key))?.value ?? 0) + 1;
  await ctx.db.meta.put({ key, value: sequence });
  return complaintNumber({ officeCode: ctx.office.officeCode, year, deviceLetter: ctx.office.deviceLetter, sequence });
}

/** Appends facts to a complaint's stream in one transaction; `build` runs inside it (numbers it reserves roll back too). */
export async function appendComplaintEvents(
  ctx: WriteContext,
  complaintId: string,
  build: (existing: CaseEvent[]) => NewComplaintEvent[] | Promise<NewComplaintEvent[]>,
): Promise<ComplaintState> {
  const { db } = ctx;
  const unit = unitKindOf(ctx.office);
  try {
    return await db.transaction('rw', COMPLAINT_TABLES as unknown as string[], async () => {
      const existing = await eventsOf(db, complaintId);
      let rules: ComplaintRules | undefined;
      for (const e of existing) {
        const v = appendToComplaintRules(rules, e);
        if (v.ok) rules = v.rules;
      }
      const fresh = await build(existing);
      await writeStreamEvents(ctx, { id: complaintId, unit, rules, append: appendToComplaintRules }, fresh);
      await projectComplaint(db, complaintId);
      return (await loadComplaint(db, complaintId, ctx.at))!;
    });
  } catch (error) {
    if (error instanceof RejectedWrite || error instanceof InvalidEvent) throw error;
    throw new StorageFailure(classifyStorageError(error), error);
  }
}
