// Writes the unit's own facts — staff, the commission, its sessions — as events
// of the unit's stream (shared/unit), and keeps the `users`, `commissions` and
// `commissionSessions` tables as their projection: rebuilt from the stream in the
// same transaction as every write and every pulled page, never written otherwise.
import type { CaseEvent, Payload } from '@shared/case';
import { appendToUnitRules, foldUnit, localRoleOf, unitStreamId, type StaffRecord, type UnitEventType, type UnitKind } from '@shared/unit';
import { eventsOf } from './case-order';
import { InvalidEvent, RejectedWrite, type WriteContext } from './case-store';
import type { AkimatDb, OfficeSettings, UserRow } from './schema';
import { StorageFailure, classifyStorageError } from './storage-errors';
import { writeStreamEvents } from './stream-write';

export interface NewUnitEvent<T extends UnitEventType = UnitEventType> {
  type: T;
  payload: Payload<T>;
}

/** The unit a PC of this kind belongs to, as the sync server and the unit's stream name it. */
export const unitKindOf = (settings: Pick<OfficeSettings, 'kind'>): UnitKind => (settings.kind === 'district' ? 'district' : 'office');

/** The stream of the unit this PC belongs to (a district PC keeps its district's code as its office code). */
export function streamOf(settings: Pick<OfficeSettings, 'officeCode' | 'kind'>): string {
  return unitStreamId(unitKindOf(settings), settings.officeCode);
}

const toUser = (s: StaffRecord): UserRow => ({ id: s.id, name: s.name, role: localRoleOf(s.role), active: s.active, password: s.password });

export const UNIT_TABLES = ['events', 'outbox', 'meta', 'pulled', 'users', 'commissions', 'commissionSessions'] as const;

/** Rebuilds the projection tables from the stream; call inside a transaction over UNIT_TABLES. */
export async function projectUnit(db: AkimatDb, streamId: string): Promise<void> {
  const state = foldUnit(await eventsOf(db, streamId));
  await db.users.clear();
  await db.users.bulkPut([...state.staff.values()].map(toUser));
  await db.commissions.clear();
  await db.commissions.bulkPut([...state.commissions.values()]);
  await db.commissionSessions.clear();
  await db.commissionSessions.bulkPut([...state.sessions.values()]);
}

/**
 * Appends facts to the unit's stream in one transaction: each is validated,
 * checked against who may write it and the unit's rules, numbered with the
 * device's sequence and queued for sync; the projection follows.
 */
export async function appendUnitEvents(
  ctx: WriteContext,
  build: (state: ReturnType<typeof foldUnit>) => NewUnitEvent[] | Promise<NewUnitEvent[]>,
): Promise<CaseEvent[]> {
  const { db } = ctx;
  const streamId = streamOf(ctx.office);
  const unit = unitKindOf(ctx.office);
  try {
    return await db.transaction('rw', UNIT_TABLES as unknown as string[], async () => {
      const existing = await eventsOf(db, streamId);
      const state = foldUnit(existing);
      const fresh = await build(state);
      const written = await writeStreamEvents(ctx, { id: streamId, unit, rules: state.rules, append: appendToUnitRules }, fresh);
      await projectUnit(db, streamId);
      return written;
    });
  } catch (error) {
    if (error instanceof RejectedWrite || error instanceof InvalidEvent) throw error;
    throw new StorageFailure(classifyStorageError(error), error);
  }
}
