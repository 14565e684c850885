// Requests from strangers cost the server next to nothing: no token, no body read;
// slow sockets are closed; the limiter forgets idle addresses. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from './config';
import { SyncClient } from './testing/client';
import { BACKENDS, type BackendResources, backendResources, seedRegion, startServer, TestDevice, type TestServer } from './testing/harness';
import { nestedJson, openRawSocket } from './testing/raw-socket';

const SHORT_TIMEOUTS: Partial<ServerConfig> = {
  timeouts: { requestMs: 1_500, headersMs: 500, idleMs: 1_000, keepAliveMs: 500, checkEveryMs: 100 },
};

async function serverWith(backend: 'sqlite' | 'postgres', overrides: Partial<ServerConfig>) {
  const resources = await backendResources(backend);
  const server = await startServer(resources, overrides);
  await seedRegion(server.store);
  return { resources, server };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BACKENDS)('strangers on %s', (backend) => {
  let resources: BackendResources;
  let server: TestServer;
  beforeAll(async () => {
    ({ resources, server } = await serverWith(backend, SHORT_TIMEOUTS));
  });
  afterAll(async () => {
    await server?.close();
    await resources?.dispose();
  });

  it('answers a token-less 2 MB body 401 before reading it, and hangs up', async () => {
    const body = nestedJson(2 * 1024 * 1024 - 64);
    const socket = await openRawSocket(server.url);
    socket.write(`POST /push HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    // Only the first 64 KB ever leave: a server that parsed bodies first could not answer at all.
    socket.write(body.slice(0, 64 * 1024));
    expect(await socket.waitFor('"code":"unauthorized"')).toBe(true);
    expect(socket.received()).toMatch(/^HTTP\/1\.1 401/);
    expect(socket.received().toLowerCase()).toContain('connection: close');
    await socket.closed;
  });

  it('refuses a 2 MB body to /enroll, open to anyone, from its length alone', async () => {
    const body = nestedJson(2 * 1024 * 1024);
    const socket = await openRawSocket(server.url);
    socket.write(`POST /enroll HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.slice(0, 64 * 1024));
    expect(await socket.waitFor('"code":"payloadTooLarge"')).toBe(true);
    expect(socket.received()).toMatch(/^HTTP\/1\.1 413/);
    expect(socket.received()).toContain('"limitBytes":16384');
    socket.destroy();
  });

  it('answers a forged token 401 the same way, and a device token still works', async () => {
    const forged = await openRawSocket(server.url);
    const body = nestedJson(1024 * 1024);
    forged.write(
      `POST /push HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer forged\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n[[[`,
    );
    expect(await forged.waitFor('"code":"unauthorized"')).toBe(true);
    await forged.closed;
    const device = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    expect((await device.request('GET', '/pull')).status).toBe(200);
    expect((await new SyncClient(server.url).request('GET', '/health')).status).toBe(200);
    const preflight = await new SyncClient(server.url).request('OPTIONS', '/push', undefined, { origin: 'http://pc' });
    expect(preflight.status).toBe(204);
  });

  it('closes sockets whose headers never end, however slowly they trickle', async () => {
    const sockets = await Promise.all(Array.from({ length: 40 }, () => openRawSocket(server.url)));
    for (const s of sockets) s.write('POST /push HTTP/1.1\r\nHost: test\r\n');
    // One more header byte every 100 ms keeps each socket busy, never idle.
    for (let i = 0; i < 100 && sockets.some((s) => !s.isClosed()); i++) {
      for (const s of sockets) s.write('X');
      await pause(100);
    }
    await Promise.all(sockets.map((s) => s.closed));
    expect(sockets.every((s) => s.isClosed())).toBe(true);
  });

  it("closes a device's socket whose body trickles past the request timeout", async () => {
    const device = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const socket = await openRawSocket(server.url);
    socket.write(
      `POST /push HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer ${device.token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
    );
    for (let i = 0; i < 100 && !socket.isClosed(); i++) {
      socket.write('          ');
      await pause(100);
    }
    await socket.closed;
    expect(socket.received()).not.toContain('"accepted"');
  });
});

describe.each(BACKENDS)('the limiter behind a proxy, on %s', (backend) => {
  let resources: BackendResources;
  let server: TestServer;
  beforeAll(async () => {
    ({ resources, server } = await serverWith(backend, { trustProxy: true, rateLimit: { perSecond: 0.01, burst: 3, maxEntries: 200 } }));
  });
  afterAll(async () => {
    await server?.close();
    await resources?.dispose();
  });

  const strangerFrom = (address: string) =>
    new SyncClient(server.url).request('GET', '/pull', undefined, { 'x-forwarded-for': address }).then((r) => r.status);

  it('throttles strangers by their forwarded address, each on its own', async () => {
    expect([await strangerFrom('10.1.0.1'), await strangerFrom('10.1.0.1'), await strangerFrom('10.1.0.1')]).toEqual([401, 401, 401]);
    expect(await strangerFrom('10.1.0.1')).toBe(429);
    expect(await strangerFrom('10.1.0.2')).toBe(401);
  });

  it('throttles enrollment guesses per forwarded address before reading their bodies', async () => {
    const guess = (address: string) =>
      new SyncClient(server.url)
        .request('POST', '/enroll', { protocol: 1, code: 'WRONG-CODE1' }, { 'x-forwarded-for': address })
        .then((r) => r.status);
    expect([await guess('10.3.0.1'), await guess('10.3.0.1'), await guess('10.3.0.1')]).toEqual([401, 401, 401]);
    expect(await guess('10.3.0.1')).toBe(429);
    expect(await guess('10.3.0.2')).toBe(401);
  });

  it('keeps at most maxEntries addresses however many call', async () => {
    for (let i = 0; i < 400; i++) await strangerFrom(`10.2.${i >> 8}.${i & 255}`);
    expect(server.limiter.size).toBeLessThanOrEqual(200);
    expect(server.limiter.size).toBeGreaterThan(0);
  });
});
