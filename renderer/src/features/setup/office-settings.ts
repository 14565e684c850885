// The office's settings, written once at first-run setup together with its first
// member of staff, who introduces themself as the first event of the unit's stream.
import type { AkimatDb, OfficeSettings, Role } from '@renderer/db/schema';
import { localMoment } from '@renderer/db/clock';
import { appendUnitEvents, UNIT_TABLES } from '@renderer/db/unit-store';
import { actorFor } from '@renderer/features/district/device';
import { hashPassword } from '@shared/staff/password';
import type { StaffRole } from '@shared/unit';

export async function loadSettings(db: AkimatDb): Promise<OfficeSettings | undefined> {
  return db.settings.get('office');
}

export async function setUpOffice(
  db: AkimatDb,
  settings: Omit<OfficeSettings, 'key' | 'deviceId'>,
  firstUser: { name: string; role: Role; password: string; id?: string },
  now = new Date(),
): Promise<OfficeSettings> {
  const row: OfficeSettings = { ...settings, key: 'office', deviceId: crypto.randomUUID() };
  // Hash before the transaction: awaiting the KDF inside would end an IndexedDB transaction.
  const password = await hashPassword(firstUser.password);
  const actor = actorFor(row, { id: firstUser.id ?? crypto.randomUUID(), name: firstUser.name.trim(), role: firstUser.role });
  await db.transaction('rw', [db.settings, ...UNIT_TABLES.map((t) => db.table(t))], async () => {
    if (await db.settings.get('office')) throw new Error('the office is already set up');
    await db.settings.put(row);
    await appendUnitEvents({ db, office: row, actor, at: localMoment(now) }, () => [
      { type: 'staffAdded', payload: { userId: actor.id, name: actor.name, role: actor.role as StaffRole, password } },
    ]);
  });
  return row;
}
