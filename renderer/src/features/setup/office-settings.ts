// The office's settings, written once at first-run setup together with its first user.
import type { AkimatDb, OfficeSettings, Role } from '@renderer/db/schema';
import { makeUserRow } from '@renderer/features/staff/staff-store';

export async function loadSettings(db: AkimatDb): Promise<OfficeSettings | undefined> {
  return db.settings.get('office');
}

export async function setUpOffice(
  db: AkimatDb,
  settings: Omit<OfficeSettings, 'key' | 'deviceId'>,
  firstUser: { name: string; role: Role; password: string },
): Promise<OfficeSettings> {
  const row: OfficeSettings = { ...settings, key: 'office', deviceId: crypto.randomUUID() };
  // Hash before the transaction: awaiting WebCrypto inside would end an IndexedDB transaction.
  const user = await makeUserRow(firstUser);
  await db.transaction('rw', db.settings, db.users, async () => {
    if (await db.settings.get('office')) throw new Error('the office is already set up');
    await db.settings.put(row);
    await db.users.add(user);
  });
  return row;
}
