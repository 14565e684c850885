import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AkimatDb } from './schema';
import { classifyStorageError, watchConnection, type StorageProblem } from './storage-errors';
import { discardDraft, loadDraft, saveDraft } from '@renderer/features/intake/drafts';
import { freshDb } from '@renderer/testing/db-fixture';

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
