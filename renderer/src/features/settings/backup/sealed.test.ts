// Encrypted backups: a downloaded backup is sealed with the office's passphrase
// (scrypt + AES-GCM), never carries the device token, and opens only with the
// passphrase; a wrong one changes nothing; an old plain backup is still read,
// with a warning, and its token is dropped; a restored PC must enroll again.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HostBridge } from '@shared/host/bridge';
import { AkimatDb } from '@renderer/db/schema';
import { loadIdentity } from '@renderer/features/sync/state';
import { enrollPc, useSyncServer } from '@renderer/testing/sync-harness';
import { officePc, register } from '@renderer/testing/office-pc';
import { exportDatabase } from './export';
import { packBundle } from './format';
import { downloadBackup, restoreFromFile } from './service';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();
const PASSPHRASE = 'Жансүгіров кеңсесі';

function savingHost() {
  const saved: Uint8Array[] = [];
  const host = {
    appInfo: async () => ({ host: 'browser', version: '0.1.0', platform: 'test' }),
    listPrinters: async () => [],
    printPdf: async () => ({ ok: true }),
    saveFile: async (request: { data: Uint8Array }) => {
      saved.push(request.data);
      return { ok: true };
    },
  } as HostBridge;
  return { host, saved };
}

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

async function enrolledOffice() {
  const { db } = await officePc('A', '0101');
  const identity = await enrollPc(server, db, { officeCode: '0101' });
  await register(db);
  return { db, identity };
}

describe('encrypted backups', () => {
  it('seal the data, never carry the token, and open only with the passphrase on a new PC that must enroll again', async () => {
    const { db, identity } = await enrolledOffice();
    const { host, saved } = savingHost();
    expect(await downloadBackup(host, db, '0101', PASSPHRASE)).toMatchObject({ ok: true });
    const file = saved[0];
    const hash = (await db.users.toArray())[0].hash;
    for (const secret of [identity.token, hash, identity.deviceId]) expect(text(file)).not.toContain(secret);

    const { db: other } = await officePc('B', '0101');
    const before = await other.events.count();
    expect(await restoreFromFile(other, new Blob([file as BlobPart]), 'not the words')).toEqual({
      ok: false,
      problem: { kind: 'wrongPassphrase' },
    });
    expect(await restoreFromFile(other, new Blob([file as BlobPart]))).toEqual({ ok: false, problem: { kind: 'passphraseNeeded' } });
    expect(await other.events.count()).toBe(before);

    const restored = await restoreFromFile(other, new Blob([file as BlobPart]), PASSPHRASE);
    expect(restored).toMatchObject({ ok: true, cases: 1 });
    expect((restored as { plain?: boolean }).plain).toBeUndefined();
    expect(await other.events.count()).toBe(await db.events.count());
    // The enrollment does not come back: this PC is not enrolled until it enrolls again.
    expect(await other.syncState.get('device')).toBeUndefined();
    expect(await loadIdentity(other)).toBeUndefined();
  }, 30_000);

  it('an old plain backup is read with a warning, and a token in it is dropped', async () => {
    const { db, identity } = await enrolledOffice();
    const bundle = await exportDatabase(db, '0.1.0');
    // A version-1 backup of an older app: plain, with the token in syncState.
    const dump = JSON.parse(new TextDecoder().decode(bundle.database));
    dump.formatVersion = 1;
    dump.tables.syncState = dump.tables.syncState.map((row: { key: string }) =>
      row.key === 'device' ? { ...row, token: identity.token } : row,
    );
    const old = await packBundle({ ...bundle, database: new TextEncoder().encode(JSON.stringify(dump)) });

    const fresh = new AkimatDb(`restored-${crypto.randomUUID()}`);
    const restored = await restoreFromFile(fresh, old);
    expect(restored).toMatchObject({ ok: true, cases: 1, plain: true });
    expect(JSON.stringify(await fresh.syncState.toArray())).not.toContain(identity.token);
    expect(await loadIdentity(fresh)).toBeUndefined();
  }, 30_000);
});
