// The device's bearer token is kept by the host (here the browser's store: an
// AES-GCM key that cannot be exported, kept in IndexedDB), never in `syncState`;
// a plain token of an older version is moved there on first read.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AkimatDb } from '@renderer/db/schema';
import { browserSecrets, secretsFor } from '@renderer/host/secrets';
import { enrollPc, useSyncServer } from '@renderer/testing/sync-harness';
import { officePc } from '@renderer/testing/office-pc';
import { type DeviceIdentity, loadIdentity } from './state';
import { STORES_V4 } from '@renderer/testing/previous-schemas';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

const rawRows = async (name: string, table: string) => {
  const raw = new Dexie(name);
  await raw.open();
  const rows = await raw.table(table).toArray();
  raw.close();
  return rows;
};

describe('the device token', () => {
  it('is kept sealed outside the database after enrolling', async () => {
    const { db } = await officePc('A', '0101');
    const identity = await enrollPc(server, db, { officeCode: '0101' });
    expect(JSON.stringify(await db.syncState.toArray())).not.toContain(identity.token);
    expect((await loadIdentity(db))?.token).toBe(identity.token);
    const sealed = await rawRows(`${db.name}-secrets`, 'sealed');
    expect(JSON.stringify(sealed)).not.toContain(identity.token);
    const [key] = await rawRows(`${db.name}-secrets`, 'keys');
    expect((key.key as CryptoKey).extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key.key)).rejects.toThrow();
  });

  it('moves a plain token of an older version into the host store and out of syncState', async () => {
    const { db } = await officePc('B', '0101');
    const old: DeviceIdentity = {
      key: 'device',
      serverUrl: 'http://127.0.0.1:1',
      deviceId: 'dev-old',
      letter: 'B',
      token: 'plain-token-of-version-4-abcdef',
      scope: { kind: 'office', officeCode: '0101', districtCode: 'D01' } as DeviceIdentity['scope'],
      enrolledAt: '2026-11-01T00:00:00Z',
    };
    await db.syncState.put(old);
    const name = db.name;
    db.close();
    const reopened = new AkimatDb(name);
    expect((await loadIdentity(reopened))?.token).toBe(old.token);
    expect(JSON.stringify(await reopened.syncState.toArray())).not.toContain(old.token);
    expect(await secretsFor(name).get('deviceToken')).toBe(old.token);
    expect((await loadIdentity(reopened))?.token).toBe(old.token);
  });

  it('without its token the PC is not enrolled', async () => {
    const { db } = await officePc('C', '0101');
    await enrollPc(server, db, { officeCode: '0101' });
    await browserSecrets(db.name).set('deviceToken', null);
    expect(await loadIdentity(db)).toBeUndefined();
  });
});

describe('the schema upgrade for recovery after a server restore', () => {
  it('marks sent outbox rows and the status row of a version-4 database with an unknown epoch (null)', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores(STORES_V4);
    await old.open();
    await old.table('outbox').bulkPut([
      { eventId: 'e1', state: 'sent', serverSeq: 1 },
      { eventId: 'e2', state: 'pending' },
    ]);
    await old.table('syncState').put({ key: 'status', cursor: 7, failures: 0, clockSkewMs: null, pulledTotal: 0 });
    old.close();
    const db = new AkimatDb(name);
    expect(await db.outbox.get('e1')).toEqual({ eventId: 'e1', state: 'sent', serverSeq: 1, epoch: null });
    expect(await db.outbox.get('e2')).toEqual({ eventId: 'e2', state: 'pending' });
    expect(await db.syncState.get('status')).toMatchObject({ cursor: 7, epoch: null });
  });
});
