// Staff as events of the unit's stream: set up, added, changed, deactivated,
// passwords changed and reset — each a queued event, the users table its projection.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { unitStreamId } from '@shared/unit';
import { RejectedWrite, type WriteContext } from '@renderer/db/case-store';
import type { AkimatDb, UserRow } from '@renderer/db/schema';
import { freshDb } from '@renderer/testing/db-fixture';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { writeContextFor } from '@renderer/features/district/device';
import { addUser, changeStaff, checkPassword, listUsers, mayManageStaff, setPassword, StaffNotAllowedError } from './staff-store';

const SETTINGS = {
  nameKk: 'Ақсу ауылдық округі әкімінің аппараты',
  nameRu: 'Аппарат акима Аксуского сельского округа',
  okrug: 'Ақсу',
  district: 'Сырдария',
  officeCode: '0512',
  deviceLetter: 'A',
  hours: DEFAULT_OFFICE_HOURS,
  actIds: ['test-1-2026'],
};

async function office(
  role: 'clerk' | 'akim' = 'clerk',
): Promise<{ db: AkimatDb; first: UserRow; as: (u: UserRow) => Promise<WriteContext> }> {
  const db = freshDb();
  await setUpOffice(db, SETTINGS, { name: 'Сәрсенова Әлия', role, password: 'құпия123' });
  const [first] = await listUsers(db);
  const as = async (u: UserRow) => writeContextFor(db, (await db.settings.get('office'))!, u, '2026-11-30T10:00');
  return { db, first, as };
}

const streamEvents = (db: AkimatDb) => db.events.where('caseId').equals(unitStreamId('office', '0512')).toArray();

describe('staff on the unit stream', () => {
  it('setup stores the first person as the first event of the stream, queued for sync, password only as a hash', async () => {
    const { db, first } = await office();
    const events = await streamEvents(db);
    expect(events.map((e) => e.type)).toEqual(['staffAdded']);
    expect(events[0].actor.id).toBe(first.id);
    expect(await db.outbox.get(events[0].id)).toMatchObject({ state: 'pending' });
    expect(JSON.stringify(events)).not.toContain('құпия123');
    expect(await checkPassword(db, first.id, 'құпия123')).toMatchObject({ name: 'Сәрсенова Әлия' });
    expect(await checkPassword(db, first.id, 'құпия124')).toBeNull();
  });

  it('the akim adds staff; a clerk may only while the office has no akim', async () => {
    const { db, first: clerk, as } = await office();
    expect(await mayManageStaff(db, clerk)).toBe(true);
    const akim = await addUser(await as(clerk), { name: 'Құрманов Бақыт', role: 'akim', password: 'secret2' }, clerk);
    expect(await mayManageStaff(db, clerk)).toBe(false);
    await expect(addUser(await as(clerk), { name: 'Ілиясов Ұлан', role: 'clerk', password: 'secret3' }, clerk)).rejects.toBeInstanceOf(
      StaffNotAllowedError,
    );
    // The rules refuse it too, whatever the screen allowed.
    await expect(addUser(await as(clerk), { name: 'Ілиясов Ұлан', role: 'clerk', password: 'secret3' })).rejects.toBeInstanceOf(
      RejectedWrite,
    );
    await addUser(await as(akim), { name: 'Ілиясов Ұлан', role: 'executor', password: 'secret3' }, akim);
    expect((await listUsers(db)).map((u) => u.role).sort()).toEqual(['akim', 'clerk', 'executor']);
    expect((await streamEvents(db)).length).toBe(3);
  });

  it('a deactivated person cannot sign in; the last akim cannot be deactivated; passwords are changed and reset', async () => {
    const { db, first: akim, as } = await office('akim');
    const clerk = await addUser(await as(akim), { name: 'Ілиясов Ұлан', role: 'clerk', password: 'secret3' });
    await expect(changeStaff(await as(akim), akim.id, { deactivate: true })).rejects.toMatchObject({ code: 'lastHead' });
    await expect(setPassword(await as(clerk), akim.id, 'hacked1', false)).rejects.toMatchObject({ code: 'notHead' });
    await setPassword(await as(clerk), clerk.id, 'newpass1', false);
    expect(await checkPassword(db, clerk.id, 'secret3')).toBeNull();
    expect(await checkPassword(db, clerk.id, 'newpass1')).not.toBeNull();
    await setPassword(await as(akim), clerk.id, 'reset-1', true);
    expect(await checkPassword(db, clerk.id, 'reset-1')).not.toBeNull();
    await changeStaff(await as(akim), clerk.id, { role: 'executor' });
    expect((await db.users.get(clerk.id))!.role).toBe('executor');
    await changeStaff(await as(akim), clerk.id, { deactivate: true });
    expect(await checkPassword(db, clerk.id, 'reset-1')).toBeNull();
    expect((await listUsers(db)).map((u) => [u.name, u.active])).toEqual([
      ['Сәрсенова Әлия', true],
      ['Ілиясов Ұлан', false],
    ]);
  });
});
