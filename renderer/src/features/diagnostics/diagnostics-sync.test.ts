// Against the real sync server: a PC with a logged error syncs and the admin
// console's device row shows its version, waiting events and that error; the
// browser host sees a newer release rolled out to its district (and not its own).
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConsoleClient } from '../../../../sync-server/src/console/testing';
import { officePc, register } from '@renderer/testing/office-pc';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { syncOnce } from '@renderer/features/sync/engine';
import { appendErrorLog, errorEntry } from './error-log';
import { newerOnServer } from './updates';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();
const nodeFetch = (input: string, init?: RequestInit) => fetch(input, init);

function latestYml(version: string, file: string, bytes: Buffer): string {
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${sha512}`,
    `    size: ${bytes.length}`,
    `path: ${file}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-20T08:00:00.000Z'",
    '',
  ].join('\n');
}

describe('diagnostics and updates over the sync server', () => {
  it("shows a PC's logged error, version and waiting events in the console's device row", async () => {
    const { db } = await officePc();
    const identity = await enrollPc(server, db, { officeCode: '0101' }, 'Қабылдау');
    await register(db);
    await appendErrorLog(db, errorEntry('boundary', new Error('case page crashed'), 'case', new Date('2026-11-30T01:00:00Z')));
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });

    const admin = await ConsoleClient.signedIn(server, 'region-admin');
    const overview = (await admin.call('GET', '/console/api/overview')).body as { devices: Record<string, unknown>[] };
    const row = overview.devices.find((d) => d.id === identity.deviceId);
    expect(row).toMatchObject({
      appVersion: __APP_VERSION__,
      clientError: '2026-11-30T01:00:00.000Z boundary case: Error: case page crashed',
    });
    expect(typeof row!.pendingEvents).toBe('number');
  });

  it('tells the browser host of a newer release rolled out to its district', async () => {
    const { db } = await officePc('B');
    await enrollPc(server, db, { officeCode: '0101' }, 'Екінші');
    expect(await newerOnServer(db, nodeFetch)).toBeNull();

    const admin = await ConsoleClient.signedIn(server, 'release-admin');
    const version = '9.1.0';
    const bytes = randomBytes(5000);
    const file = `akimat-desk-${version}-win.exe`;
    expect((await admin.call('POST', '/console/api/releases', { yml: latestYml(version, file, bytes) })).status).toBe(200);
    expect((await admin.upload(`/console/api/releases/${version}/file`, bytes)).status).toBe(200);
    expect((await admin.call('POST', '/console/api/rollouts', { districtCode: 'D01', version })).status).toBe(200);

    expect(await newerOnServer(db, nodeFetch)).toBe('9.1.0');
    expect(await newerOnServer(db, nodeFetch, '9.1.0')).toBeNull();
    expect(await newerOnServer(db, nodeFetch, '10.0.0')).toBeNull();
  });
});
