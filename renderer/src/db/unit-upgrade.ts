// Schema version 8: a PC of an earlier build kept its staff, commission and
// sessions as editable rows. They become the unit stream's first events, marked
// `imported` (the server takes those only from a PC enrolled before rosters
// existed), queued for sync after whatever the PC had not sent yet. Each person
// is imported as their own actor; the commission and its sessions by the akim
// (or the first person) of this PC. The rows stay as the projection of the stream.
import type { Transaction } from 'dexie';
import { validateEvent, type CaseEvent, type EventActor } from '@shared/case';
import type { PasswordHash } from '@shared/staff/password';
import { staffRoleFor } from '@shared/unit';
import type { CommissionRow, SessionRow } from '@renderer/features/commission/tables';
import type { OfficeSettings, UserRow } from './schema';
import { streamOf, unitKindOf } from './unit-store';

function legacyPassword(row: UserRow): PasswordHash | undefined {
  if (row.password) return row.password;
  if (!row.salt || !row.hash) return undefined;
  return { kdf: 'pbkdf2', iterations: row.iterations ?? 100_000, salt: row.salt, hash: row.hash };
}

export async function importUnitRecords(tx: Transaction): Promise<void> {
  const settings = (await tx.table('settings').get('office')) as OfficeSettings | undefined;
  if (!settings) return;
  const unit = unitKindOf(settings);
  const streamId = streamOf(settings);
  const users = (await tx.table('users').toArray()) as UserRow[];
  const commissions = (await tx.table('commissions').toArray()) as CommissionRow[];
  const sessions = (await tx.table('commissionSessions').toArray()) as SessionRow[];
  if (users.length === 0) return;

  const actorOf = (u: UserRow): EventActor => ({ id: u.id, name: u.name, role: staffRoleFor(unit, u.role) });
  const head = actorOf(users.find((u) => u.role === 'akim') ?? users[0]);
  const counterKey = `deviceSeq:${settings.deviceId}`;
  let seq = ((await tx.table('meta').get(counterKey)) as { value: number } | undefined)?.value ?? 0;
  const events: CaseEvent[] = [];
  const add = (actor: EventActor, at: string, type: string, payload: unknown) => {
    const valid = validateEvent({
      id: crypto.randomUUID(),
      caseId: streamId,
      type,
      payload,
      actor,
      office: settings.officeCode,
      device: settings.deviceId,
      seq: seq + 1,
      deviceTime: new Date().toISOString(),
      // Imports are stamped with the moment of the upgrade, when they are written.
      at,
    });
    // A record that does not fit today's schema stays a row on this PC only (it cannot be sent as it is).
    if (!valid.ok) return;
    seq++;
    events.push(valid.event);
  };
  const now = new Date().toISOString().slice(0, 16);
  for (const u of users) {
    const password = legacyPassword(u);
    if (password) add(actorOf(u), now, 'staffAdded', { userId: u.id, name: u.name, role: actorOf(u).role, password, imported: true });
  }
  for (const c of commissions) {
    add(head, now, 'commissionFormed', { commissionId: c.id, decision: c.decision, members: c.members, imported: true });
  }
  for (const s of sessions) {
    const { id, commissionId, number, date, place, presentIds, caseIds } = s;
    add(head, now, 'sessionOpened', { sessionId: id, commissionId, number, date, place, presentIds, caseIds, imported: true });
  }
  await tx.table('events').bulkAdd(events);
  await tx.table('outbox').bulkAdd(events.map((e) => ({ eventId: e.id, state: 'pending' })));
  await tx.table('meta').put({ key: counterKey, value: seq });
  await tx
    .table('users')
    .toCollection()
    .modify((row: UserRow) => {
      row.active = true;
      const password = legacyPassword(row);
      if (password) row.password = password;
    });
}
