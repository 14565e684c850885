// A PC of the previous build (schema 7) kept staff, commission and sessions as
// rows; opening it with this build turns them into imported events of the
// office's stream, queued after what it had not sent, and signs in as before.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { foldUnit, unitStreamId } from '@shared/unit';
import { eventsOf } from './case-order';
import { AkimatDb } from './schema';
import { STORES_V7 } from '@renderer/testing/previous-schemas';

async function previousBuildDb(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(7).stores(STORES_V7);
  await old.open();
  await old.table('settings').put({
    key: 'office',
    nameKk: 'Ақсу',
    nameRu: 'Аксу',
    okrug: 'Ақсу',
    district: 'Ақсу',
    officeCode: '0512',
    deviceLetter: 'A',
    deviceId: 'dev-old',
    hours: DEFAULT_OFFICE_HOURS,
    actIds: [],
  });
  // PBKDF2 (100,000 rounds, WebCrypto) of "құпия123", as the previous build stored it.
  const salt = '00112233445566778899aabbccddeeff';
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('құпия123'), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(salt, 'hex'), iterations: 100_000 },
    key,
    256,
  );
  const hash = Buffer.from(bits).toString('hex');
  await old.table('users').bulkPut([
    { id: 'u-akim', name: 'Құрманов Бақыт', role: 'akim', salt, hash, iterations: 100_000 },
    { id: 'u-clerk', name: 'Сәрсенова Әлия', role: 'clerk', salt, hash, iterations: 100_000 },
  ]);
  await old.table('meta').put({ key: 'deviceSeq:dev-old', value: 7 });
  const members = [{ id: 'm-1', fullName: 'Жұмабеков Серік', position: 'Орынбасар', role: 'chair', from: '2026-01-15' }];
  await old.table('commissions').put({
    id: 'c-1',
    officeCode: '0512',
    decision: { number: '17', date: '2026-01-15' },
    members,
    createdAt: '2026-01-15T10:00',
    createdBy: 'Құрманов Бақыт',
  });
  await old.table('commissionSessions').put({
    id: 's-1',
    commissionId: 'c-1',
    number: 1,
    date: '2026-11-27',
    place: 'Әкімдік',
    presentIds: ['m-1'],
    caseIds: [],
    createdAt: '2026-11-26T09:00',
    createdBy: 'Сәрсенова Әлия',
  });
  old.close();
}

describe('upgrading a PC of the previous build', () => {
  it('turns its staff, commission and session into imported events of the office stream, and keeps everything', async () => {
    const name = `upgrade-${Date.now()}`;
    await previousBuildDb(name);
    const db = new AkimatDb(name);
    await db.open();
    const events = await eventsOf(db, unitStreamId('office', '0512'));
    expect(events.map((e) => e.type)).toEqual(['staffAdded', 'staffAdded', 'commissionFormed', 'sessionOpened']);
    // Numbered after what the PC had written, every one waiting to be sent, each marked as imported.
    expect(events.map((e) => e.seq)).toEqual([8, 9, 10, 11]);
    expect((await db.outbox.bulkGet(events.map((e) => e.id))).every((r) => r?.state === 'pending')).toBe(true);
    expect(events.every((e) => 'imported' in e.payload && e.payload.imported === true)).toBe(true);
    // The stream folds to what the rows said; the rows stay, now with the hash in its new shape.
    const unit = foldUnit(events);
    expect(unit.rejected).toEqual([]);
    expect([...unit.staff.values()].map((s) => [s.name, s.role])).toEqual([
      ['Құрманов Бақыт', 'akim'],
      ['Сәрсенова Әлия', 'clerk'],
    ]);
    expect(unit.commissions.get('c-1')?.members.map((m) => m.fullName)).toEqual(['Жұмабеков Серік']);
    expect(unit.sessions.get('s-1')?.presentIds).toEqual(['m-1']);
    const { checkPassword } = await import('@renderer/features/staff/staff-store');
    expect(await checkPassword(db, 'u-clerk', 'құпия123')).toMatchObject({ name: 'Сәрсенова Әлия', active: true });
    expect(await checkPassword(db, 'u-clerk', 'құпия124')).toBeNull();
    db.close();
  });
});
