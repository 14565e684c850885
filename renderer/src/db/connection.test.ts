import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AkimatDb } from './schema';
import { classifyStorageError, watchConnection, type StorageProblem } from './storage-errors';
import { discardDraft, loadDraft, saveDraft } from '@renderer/features/intake/drafts';
import { checkPassword, addUser, listUsers } from '@renderer/features/staff/staff-store';
import { freshDb } from '@renderer/testing/db-fixture';
import { setUpOffice, loadSettings } from '@renderer/features/setup/office-settings';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';

describe('another window upgrades the database', () => {
  it('closes this connection, reports "versionchange", and keeps the data for the new version', async () => {
    const name = `vc-${Date.now()}`;
    const old = new AkimatDb(name);
    const problems: StorageProblem[] = [];
    watchConnection(old, (p) => problems.push(p));
    await old.drafts.put({ id: 'intake:u', userId: 'u', updatedAt: 'now', data: { surname: 'Әбілов' } });

    const newer = new Dexie(name);
    newer.version(1).stores({ drafts: 'id, userId' });
    newer.version(2).stores({ drafts: 'id, userId, updatedAt' });
    await newer.open();
    expect(problems).toEqual(['versionchange']);
    expect(old.isOpen()).toBe(false);
    expect(await newer.table('drafts').get('intake:u')).toMatchObject({ data: { surname: 'Әбілов' } });
    // A write from the outdated window fails with a classified error instead of writing to the new schema.
    const error = await old.drafts.put({ id: 'x', userId: 'u', updatedAt: 'now', data: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    newer.close();
  });

  it('reports "blocked" when this window upgrades while another holds the old version open', async () => {
    const name = `blocked-${Date.now()}`;
    const first = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name, 1);
      req.onsuccess = () => resolve(req.result);
    });
    // The other window ignores versionchange (an old build without the handler).
    first.onversionchange = null;
    const upgrading = new AkimatDb(name);
    const problems: StorageProblem[] = [];
    watchConnection(upgrading, (p) => problems.push(p));
    const opening = upgrading.open();
    await new Promise((r) => setTimeout(r, 50));
    expect(problems).toContain('blocked');
    first.close();
    await opening;
    expect(upgrading.isOpen()).toBe(true);
    upgrading.close();
  });
});

describe('storage error classification', () => {
  it('recognises quota and version errors, also wrapped by Dexie', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }))).toBe(
      'quota',
    );
    expect(classifyStorageError({ name: 'DatabaseClosedError', inner: { name: 'VersionError' } })).toBe('versionchange');
    expect(classifyStorageError(new Error('other'))).toBe('other');
  });
});

describe('drafts', () => {
  it('keeps one half-filled application per user until it is discarded', async () => {
    const db = freshDb();
    await saveDraft(db, 'u-1', { surname: 'Өте' });
    await saveDraft(db, 'u-1', { surname: 'Өтемісова' });
    await saveDraft(db, 'u-2', { surname: 'Әбілов' });
    expect((await loadDraft(db, 'u-1'))!.data).toEqual({ surname: 'Өтемісова' });
    await discardDraft(db, 'u-1');
    expect(await loadDraft(db, 'u-1')).toBeUndefined();
    expect((await loadDraft(db, 'u-2'))!.data).toEqual({ surname: 'Әбілов' });
  });
});

describe('office setup and staff', () => {
  it('stores the office with its first user, hashing the password with a salt', async () => {
    const db = freshDb();
    await setUpOffice(
      db,
      {
        nameKk: 'Ақсу ауылдық округі әкімінің аппараты',
        nameRu: 'Аппарат акима Аксуского сельского округа',
        okrug: 'Ақсу',
        district: 'Сырдария',
        officeCode: '0512',
        deviceLetter: 'A',
        hours: DEFAULT_OFFICE_HOURS,
        actIds: ['test-1-2026'],
      },
      { name: 'Сәрсенова Әлия', role: 'clerk', password: 'құпия123' },
    );
    expect((await loadSettings(db))!.officeCode).toBe('0512');
    const [user] = await listUsers(db);
    expect(JSON.stringify(user)).not.toContain('құпия');
    expect(user.password).toMatchObject({ kdf: 'scrypt', salt: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(await checkPassword(db, user.id, 'құпия123')).toMatchObject({ name: 'Сәрсенова Әлия' });
    expect(await checkPassword(db, user.id, 'құпия124')).toBeNull();
    const second = await addUser(db, { name: 'Әбілов Қ.', role: 'akim', password: 'құпия123' });
    expect(second.password!.salt).not.toBe(user.password!.salt);
    expect(second.password!.hash).not.toBe(user.password!.hash);
  });

  it('refuses a second setup of the same office', async () => {
    const db = freshDb();
    const settings = {
      nameKk: 'А',
      nameRu: 'А',
      okrug: 'А',
      district: 'А',
      officeCode: '0512',
      deviceLetter: 'A',
      hours: DEFAULT_OFFICE_HOURS,
      actIds: ['x'],
    };
    await setUpOffice(db, settings, { name: 'A', role: 'clerk', password: '123456' });
    await expect(setUpOffice(db, settings, { name: 'B', role: 'clerk', password: '123456' })).rejects.toThrow(/already set up/);
    expect(await db.users.count()).toBe(1);
  });
});

describe('who manages staff', () => {
  it('the akim adds staff; a clerk may not once the office has an akim', async () => {
    const { mayManageStaff, StaffNotAllowedError } = await import('@renderer/features/staff/staff-store');
    const db = await freshDb();
    const clerk = await addUser(db, { name: 'Сәрсенова Әлия', role: 'clerk', password: 'secret1' });
    // An office set up by a clerk has no akim yet: the clerk may add one.
    expect(await mayManageStaff(db, clerk)).toBe(true);
    const akim = await addUser(db, { name: 'Құрманов Бақыт', role: 'akim', password: 'secret2' }, clerk);
    expect(await mayManageStaff(db, clerk)).toBe(false);
    expect(await mayManageStaff(db, akim)).toBe(true);
    await expect(addUser(db, { name: 'Ілиясов Ұлан', role: 'clerk', password: 'secret3' }, clerk)).rejects.toBeInstanceOf(
      StaffNotAllowedError,
    );
    expect(await db.users.count()).toBe(2);
    await addUser(db, { name: 'Ілиясов Ұлан', role: 'executor', password: 'secret3' }, akim);
    expect((await listUsers(db)).map((u) => u.role).sort()).toEqual(['akim', 'clerk', 'executor']);
  });
});
