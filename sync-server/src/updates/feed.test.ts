// The update feed served by the real server, read by electron-updater's own code:
// GenericProvider fetches and parses latest.yml with the device token, resolves
// the installer's URL, and the download (also resumed with a Range request) passes
// electron-updater's sha512 check. A newer version is offered; an older one is refused.
import { createHash, randomBytes } from 'node:crypto';
import http, { type ClientRequest } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CancellationToken, DigestTransform, HttpExecutor } from 'builder-util-runtime';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideUpdate, feedUrl } from '../../../electron/core/update-policy';
import { backendResources, type BackendResources, seedRegion, startServer, TestDevice, type TestServer } from '../testing/harness';
import { ConsoleClient } from '../console/testing';

/** electron-updater's HTTP layer over plain node:http (the app uses Electron's net module instead). */
class NodeExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: http.RequestOptions, callback: (response: http.IncomingMessage) => void): ClientRequest {
    return http.request(options, callback);
  }
}

/** electron-updater's own check of a download: its DigestTransform throws on a sha512 mismatch. */
const verified = (bytes: Buffer, sha512: string) =>
  pipeline(Readable.from([bytes]), new DigestTransform(sha512), new Writable({ write: (_chunk, _encoding, done) => done() }));

const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

function latestYml(version: string, file: string, bytes: Buffer): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${sha512(bytes)}`,
    `    size: ${bytes.length}`,
    `path: ${file}`,
    `sha512: ${sha512(bytes)}`,
    "releaseDate: '2026-11-20T08:00:00.000Z'",
    '',
  ].join('\n');
}

let resources: BackendResources;
let server: TestServer;
let admin: ConsoleClient;
let pc: TestDevice;
let otherPc: TestDevice;
const installer = randomBytes(300_000);

function provider(device: TestDevice, district: string) {
  const p = new GenericProvider(
    { provider: 'generic', url: feedUrl(server.url, district) },
    { channel: null, isAddNoCacheQuery: true } as never,
    { isUseMultipleRangeRequest: false, platform: 'win32', executor: new NodeExecutor() as never },
  );
  p.setRequestHeaders({ authorization: `Bearer ${device.token}` });
  return p;
}

async function release(version: string, bytes: Buffer, district = 'D01') {
  const file = `akimat-desk-${version}-win.exe`;
  const created = await admin.call('POST', '/console/api/releases', { yml: latestYml(version, file, bytes) });
  expect(created.status).toBe(200);
  expect((await admin.upload(`/console/api/releases/${version}/file`, bytes)).status).toBe(200);
  expect((await admin.call('POST', '/console/api/rollouts', { districtCode: district, version })).status).toBe(200);
}

beforeAll(async () => {
  resources = await backendResources('sqlite');
  server = await startServer(resources);
  await seedRegion(server.store);
  admin = await ConsoleClient.signedIn(server, 'region-admin');
  pc = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
  otherPc = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
}, 30_000);
afterAll(async () => {
  await server?.close();
  await resources?.dispose();
});

describe('update feed', () => {
  it('has nothing for a district without a rollout', async () => {
    await expect(provider(pc, 'D01').getLatestVersion()).rejects.toThrow(/Cannot find channel "latest.yml"/);
  });

  it('refuses an installer whose sha512 differs from latest.yml', async () => {
    const yml = latestYml('0.2.0', 'akimat-desk-0.2.0-win.exe', installer);
    expect((await admin.call('POST', '/console/api/releases', { yml })).status).toBe(200);
    const tampered = Buffer.from(installer);
    tampered[10] ^= 0xff;
    const answer = await admin.upload('/console/api/releases/0.2.0/file', tampered);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: 'installerMismatch', field: 'sha512' });
    const rollout = await admin.call('POST', '/console/api/rollouts', { districtCode: 'D01', version: '0.2.0' });
    expect(rollout.status).toBe(404);
  });

  it('refuses a latest.yml that is not one, naming the field', async () => {
    const answer = await admin.call('POST', '/console/api/releases', { yml: 'version: 1.0.0\nfiles: []\npath: x.exe\n' });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ ok: false, field: expect.stringMatching(/files|sha512|\(file\)/) });
  });

  it("serves the district's newer release to electron-updater, which parses it and downloads a verified installer", async () => {
    await release('0.2.0', installer);
    const p = provider(pc, 'D01');
    const info = await p.getLatestVersion();
    expect(info.version).toBe('0.2.0');
    expect(decideUpdate('0.1.0', info.version)).toEqual({ kind: 'install', version: '0.2.0' });
    const [file] = p.resolveFiles(info);
    expect(file.url.href).toBe(`${server.url}/updates/D01/akimat-desk-0.2.0-win.exe`);
    expect(file.info.sha512).toBe(sha512(installer));

    const executor = new NodeExecutor();
    const headers = { authorization: `Bearer ${pc.token}` };
    const whole = await executor.downloadToBuffer(file.url, {
      headers,
      sha512: file.info.sha512,
      cancellationToken: new CancellationToken(),
    });
    await verified(whole, file.info.sha512);

    // Resumed: the first part, then the rest from where it stopped.
    const first = await fetch(file.url, { headers: { ...headers, range: 'bytes=0-99999' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99999/${installer.length}`);
    const rest = await fetch(file.url, { headers: { ...headers, range: 'bytes=100000-' } });
    expect(rest.status).toBe(206);
    const joined = Buffer.concat([Buffer.from(await first.arrayBuffer()), Buffer.from(await rest.arrayBuffer())]);
    await verified(joined, file.info.sha512);
    const broken = Buffer.from(joined);
    broken[5] ^= 1;
    await expect(verified(broken, file.info.sha512)).rejects.toThrow(/sha512 checksum mismatch/);
  });

  it("keeps each district's feed to its own PCs and needs a device token", async () => {
    await expect(provider(otherPc, 'D01').getLatestVersion()).rejects.toThrow(/403/);
    await expect(provider(otherPc, 'D02').getLatestVersion()).rejects.toThrow(/Cannot find channel/);
    expect((await fetch(`${server.url}/updates/D01/latest.yml`)).status).toBe(401);
  });

  it('lets a district administrator roll out only to their district and see only its rollout', async () => {
    const district = await ConsoleClient.signedIn(server, 'd02-admin', 'D02');
    expect((await district.call('POST', '/console/api/rollouts', { districtCode: 'D01', version: '0.2.0' })).status).toBe(403);
    expect((await district.call('POST', '/console/api/rollouts', { districtCode: 'D02', version: '0.2.0' })).status).toBe(200);
    const listed = await district.call('GET', '/console/api/releases');
    expect((listed.body.rollouts as { districtCode: string }[]).map((r) => r.districtCode)).toEqual(['D02']);
    const upload = await district.call('POST', '/console/api/releases', { yml: 'version: 9.9.9' });
    expect(upload.status).toBe(403);
    expect((await provider(otherPc, 'D02').getLatestVersion()).version).toBe('0.2.0');
  });

  it('an older release rolled out is parsed but refused as a downgrade', async () => {
    await release('0.0.9', randomBytes(5000));
    const info = await provider(pc, 'D01').getLatestVersion();
    expect(info.version).toBe('0.0.9');
    expect(decideUpdate('0.1.0', info.version)).toEqual({ kind: 'downgrade', version: '0.0.9' });
    expect(decideUpdate('0.1.0', '0.1.0').kind).toBe('current');
  });
});
