// A data folder the server cannot write: one clear line at start-up instead of a
// raw SQLite crash, and a kk/ru 507 without any path when it happens during uploads.
// The server runs as `nobody`: the tests run as root, whom no permission stops.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './storage';
import { type BackendResources, BACKENDS, backendResources, seedRegion, serverEnv } from './testing/harness';
import { freePort, ServerProcess } from './testing/server-process';

const NOBODY = { uid: 65534, gid: 65534 };

let resources: BackendResources | undefined;
let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill();
  if (resources) chmodTree(resources.dataDir, 0o755);
  await resources?.dispose();
  server = resources = undefined;
});

/** Gives the folder and everything in it to `nobody`. */
function chownTree(path: string): void {
  chownSync(path, NOBODY.uid, NOBODY.gid);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
}
function chmodTree(path: string, mode: number): void {
  if (!statSync(path).isDirectory()) return;
  chmodSync(path, mode);
  for (const name of readdirSync(path)) chmodTree(join(path, name), mode);
}

describe.each(BACKENDS)('a data folder the server cannot write, on %s', (backend) => {
  it('stops the server at start with one line that says what to do', async () => {
    resources = await backendResources(backend);
    chownTree(resources.dataDir);
    chmodSync(resources.dataDir, 0o555);
    server = new ServerProcess(await freePort(), serverEnv(resources), NOBODY);
    expect(await server.startAndExit()).toBe(1);
    const said = server.output.trim().split('\n');
    expect(said, server.output).toHaveLength(1);
    expect(said[0]).toMatch(/^The sync server did not start\. The data folder .* cannot be written \((EACCES|SQLITE_CANTOPEN)\)/);
    expect(said[0]).toContain('write access');
  }, 30_000);

  it('answers an upload 507 in kk and ru, naming no path, and logs one clear line', async () => {
    resources = await backendResources(backend);
    const store = await openStore(resources);
    await seedRegion(store);
    const code = await store.admin.issueEnrollmentCode({ officeCode: '0101' });
    await store.close();
    chownTree(resources.dataDir);
    server = new ServerProcess(await freePort(), serverEnv(resources), NOBODY);
    await server.start();
    const enrolled = await fetch(`${server.url}/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, code }),
    }).then((r) => r.json() as Promise<{ token: string }>);

    chmodSync(join(resources.dataDir, 'files', '.incoming'), 0o555);
    const sha = createHash('sha256').update(randomBytes(10)).digest('hex');
    const r = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${enrolled.token}`,
        'tus-resumable': '1.0.0',
        'upload-length': '10',
        'upload-metadata': `sha256 ${Buffer.from(sha).toString('base64')}`,
      },
    });
    const text = await r.text();
    expect(r.status).toBe(507);
    const body = JSON.parse(text);
    expect(body.code).toBe('storageUnavailable');
    expect(body.message.kk).toContain('диск');
    expect(body.message.ru).toContain('диск');
    expect(text).not.toContain(resources.dataDir);
    expect(text).not.toMatch(/\/tmp|EACCES|\.incoming/);
    // The log line crosses a pipe after the answer; wait for it rather than race it.
    const running = server;
    await expect.poll(() => running.output, { timeout: 5_000 }).toContain('attachment storage cannot be written');
  }, 30_000);
});
