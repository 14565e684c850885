// Writes case events. Each write is one Dexie transaction that validates the
// events, checks them against the case's rules, numbers them with the device's
// sequence, adds an outbox row per event and refreshes the case summary, so the
// database never holds half of an act.
import {
  canAppend,
  foldCase,
  formatRegistrationNumber,
  validateEvent,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type EventActor,
  type Payload,
  type RejectionCode,
} from '@shared/case';
import type { AkimatDb, AttachmentRow, OfficeSettings } from './schema';
import { summarise } from './projection';
import { putSummaries } from './stats-days';
import { eventsOf } from './case-order';
import { StorageFailure, classifyStorageError } from './storage-errors';

export interface NewEvent<T extends CaseEventType = CaseEventType> {
  type: T;
  payload: Payload<T>;
}

/** An event the rules of the case do not allow; `code` names the reason (REJECTION_NAMES). */
export class RejectedWrite extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'RejectedWrite';
  }
}

/** An event that does not match its schema (a programming or data-entry slip). */
export class InvalidEvent extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidEvent';
  }
}

export interface WriteContext {
  db: AkimatDb;
  office: Pick<OfficeSettings, 'officeCode' | 'deviceLetter' | 'deviceId' | 'kind'>;
  actor: EventActor;
  /** Local moment of the act "YYYY-MM-DDTHH:mm". */
  at: string;
  /** The device clock, ISO 8601 with offset. */
  deviceTime?: string;
}

export interface WriteOptions {
  /** Draft to delete in the same transaction (the application it was for is now recorded). */
  draftId?: string;
  /** Attachments stored in the same transaction as their events. */
  attachments?: AttachmentRow[];
}

// The order of a case's events is the server's once it has seen them (case-order.ts).
export { eventsOf };

const WRITE_TABLES = ['events', 'outbox', 'cases', 'statsDays', 'meta', 'drafts', 'attachments', 'pulled'] as const;

/** The device clock as events record it: ISO 8601 with the local offset. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const p = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${p(offset / 60)}:${p(offset % 60)}`;
}

async function nextCounter(db: AkimatDb, key: string, count = 1): Promise<number> {
  const row = await db.meta.get(key);
  const first = (row?.value ?? 0) + 1;
  await db.meta.put({ key, value: first + count - 1 });
  return first;
}

/** Reserves the next registration number; call inside a write transaction. */
export async function nextRegistrationNumber(ctx: WriteContext): Promise<string> {
  const year = Number(ctx.at.slice(0, 4));
  const sequence = await nextCounter(ctx.db, `regSeq:${ctx.office.officeCode}:${ctx.office.deviceLetter}:${year}`);
  return formatRegistrationNumber({ officeCode: ctx.office.officeCode, year, deviceLetter: ctx.office.deviceLetter, sequence });
}

/**
 * Appends events to a case in one transaction. `build` runs inside the
 * transaction, so numbers it reserves are rolled back with everything else.
 */
export async function appendEvents(
  ctx: WriteContext,
  caseId: string,
  build: (existing: CaseEvent[]) => Promise<NewEvent[]> | NewEvent[],
  options: WriteOptions = {},
): Promise<CaseState> {
  const { db } = ctx;
  try {
    return await db.transaction('rw', WRITE_TABLES as unknown as string[], async () => {
      const existing = await eventsOf(db, caseId);
      const fresh = await build(existing);
      const seq = await nextCounter(db, `deviceSeq:${ctx.office.deviceId}`, fresh.length);
      const accepted = [...existing];
      const written: CaseEvent[] = [];
      fresh.forEach((draft, i) => {
        const raw = {
          id: crypto.randomUUID(),
          caseId,
          type: draft.type,
          payload: draft.payload,
          actor: ctx.actor,
          office: ctx.office.officeCode,
          device: ctx.office.deviceId,
          seq: seq + i,
          deviceTime: ctx.deviceTime ?? isoWithOffset(new Date()),
          at: ctx.at,
        };
        const valid = validateEvent(raw);
        if (!valid.ok) throw new InvalidEvent(valid.field, valid.message);
        const allowed = canAppend(accepted, valid.event);
        if (!allowed.ok) throw new RejectedWrite(allowed.code, allowed.message);
        accepted.push(valid.event);
        written.push(valid.event);
      });
      await db.events.bulkAdd(written);
      await db.outbox.bulkAdd(written.map((e) => ({ eventId: e.id, state: 'pending' as const })));
      const state = foldCase(accepted)!;
      await putSummaries(db, [summarise(state)]);
      if (options.draftId) await db.drafts.delete(options.draftId);
      if (options.attachments?.length) await db.attachments.bulkPut(options.attachments);
      return state;
    });
  } catch (error) {
    if (error instanceof RejectedWrite || error instanceof InvalidEvent) throw error;
    const problem = classifyStorageError(error);
    throw new StorageFailure(problem, error);
  }
}

/** The case's state now, folded from its events (overdue marked as of `now`). */
export async function loadCase(db: AkimatDb, caseId: string, now?: string): Promise<CaseState | undefined> {
  return foldCase(await eventsOf(db, caseId), { now });
}
