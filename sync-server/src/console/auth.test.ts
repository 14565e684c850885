// Console sign-in: accounts from the admin CLI with scrypt hashes, the session
// cookie's flags, CSRF and Origin checks, and the lockout with a growing delay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../admin/cli';
import { parseAdminArgs } from '../admin/args';
import { backendResources, type BackendResources, seedRegion, startServer, type TestServer } from '../testing/harness';
import { hashPassword, verifyPassword } from './passwords';
import { FIRST_LOCK_SECONDS, lockSeconds, MAX_FAILURES } from './session';
import { addAdmin, ConsoleClient, TEST_PASSWORD } from './testing';

let resources: BackendResources;
let server: TestServer;

beforeAll(async () => {
  resources = await backendResources('sqlite');
  server = await startServer(resources);
  await seedRegion(server.store);
}, 30_000);
afterAll(async () => {
  await server?.close();
  await resources?.dispose();
});

describe('console:add-admin', () => {
  it('is a CLI command with a login and an optional district', () => {
    expect(parseAdminArgs(['console:add-admin', 'aigul', '--district', 'D01'])).toMatchObject({
      kind: 'command',
      command: { name: 'console:add-admin', args: ['aigul'], options: { district: 'D01' } },
    });
    expect(parseAdminArgs(['console:add-admin'])).toMatchObject({ kind: 'error', message: expect.stringContaining('<login>') });
  });

  it('stores only a scrypt hash, refuses a short password, and never prints either', async () => {
    const lines: string[] = [];
    const say = (line: string) => lines.push(line);
    expect(await runAdmin(['console:add-admin', 'short'], server.store, say, say, async () => 'abc')).toBe(1);
    expect(await server.store.console.admin('short')).toBeUndefined();
    expect(await runAdmin(['console:add-admin', 'aigul', '--district', 'D01'], server.store, say, say, async () => TEST_PASSWORD)).toBe(0);
    const admin = await server.store.console.admin('aigul');
    expect(admin).toMatchObject({ districtCode: 'D01', passwordHash: expect.stringMatching(/^scrypt\$65536\$8\$1\$/) });
    expect(lines.join('\n')).not.toContain(TEST_PASSWORD);
    expect(lines.join('\n')).not.toContain(admin!.passwordHash);
    await expect(
      runAdmin(['console:add-admin', 'x', '--district', 'D99'], server.store, say, say, async () => TEST_PASSWORD),
    ).rejects.toThrow(/no district "D99"/);
  });

  it('hashes with a fresh salt and checks in constant time', async () => {
    const params = { N: 1024, r: 8, p: 1, keyLength: 32 } as const;
    const a = await hashPassword('пароль-құпиясөз', params);
    expect(a).not.toBe(await hashPassword('пароль-құпиясөз', params));
    expect(await verifyPassword('пароль-құпиясөз', a)).toBe(true);
    expect(await verifyPassword('пароль-құпиясөз!', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Strict cookie and hands the page its CSRF token', async () => {
    await addAdmin(server, 'region');
    const client = new ConsoleClient(server.url);
    const answer = await client.login('region', TEST_PASSWORD);
    expect(answer.status).toBe(200);
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^akimat_console=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/console');
    expect(answer.body).toMatchObject({ login: 'region', districtCode: null, csrf: expect.any(String) });
    expect(JSON.stringify(answer.body)).not.toContain('scrypt');
    expect((await client.call('GET', '/console/api/session')).body).toMatchObject({ login: 'region' });
  });

  it('refuses a state-changing request without the CSRF token or from another origin', async () => {
    const client = await ConsoleClient.signedIn(server, 'csrf-check');
    const body = { code: '0101', name: 'Атау', districtCode: 'D01' };
    const noToken = await client.call('POST', '/console/api/offices', body, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    const wrongToken = await client.call('POST', '/console/api/offices', body, { 'x-csrf-token': `${client.csrf}x` });
    expect(wrongToken.status).toBe(403);
    const foreign = await client.call('POST', '/console/api/offices', body, { origin: 'https://evil.example' });
    expect(foreign).toMatchObject({ status: 403, body: { error: 'csrf' } });
    const login = await new ConsoleClient(server.url).call(
      'POST',
      '/console/api/login',
      { login: 'x', password: 'y' },
      { origin: 'https://evil.example' },
    );
    expect(login.status).toBe(403);
    expect((await new ConsoleClient(server.url).call('GET', '/console/api/overview')).status).toBe(401);
  });

  it('ends the session on sign-out, and every session of an account whose password is set again', async () => {
    const client = await ConsoleClient.signedIn(server, 'leaving');
    expect((await client.call('POST', '/console/api/logout', {})).status).toBe(200);
    expect((await client.call('GET', '/console/api/overview')).status).toBe(401);
    const other = await ConsoleClient.signedIn(server, 'reset');
    expect((await other.call('GET', '/console/api/overview')).status).toBe(200);
    await addAdmin(server, 'reset');
    expect((await other.call('GET', '/console/api/overview')).status).toBe(401);
  });

  it('counts wrong passwords tried in parallel', async () => {
    await addAdmin(server, 'parallel');
    const client = new ConsoleClient(server.url);
    await Promise.all([1, 2, 3].map((i) => client.login('parallel', `wrong-${i}`)));
    expect((await server.store.console.admin('parallel'))?.failedCount).toBe(3);
  });

  it(`locks after ${MAX_FAILURES} wrong passwords, even against the right one, and the wait grows`, async () => {
    await addAdmin(server, 'target');
    const client = new ConsoleClient(server.url);
    for (let i = 1; i < MAX_FAILURES; i++) expect((await client.login('target', `wrong-${i}`)).body).toEqual({ error: 'badCredentials' });
    expect(await client.login('target', 'wrong-last')).toMatchObject({
      status: 429,
      body: { error: 'locked', seconds: FIRST_LOCK_SECONDS },
    });
    expect(await client.login('target', TEST_PASSWORD)).toMatchObject({ status: 429, body: { error: 'locked' } });
    expect(lockSeconds(MAX_FAILURES - 1)).toBe(0);
    expect(lockSeconds(MAX_FAILURES + 1)).toBe(2 * FIRST_LOCK_SECONDS);
    expect(lockSeconds(MAX_FAILURES + 20)).toBe(3600);
    // After the wait the right password works and clears the count.
    await server.store.console.setFailures('target', MAX_FAILURES, new Date(Date.now() - 1000).toISOString());
    expect((await client.login('target', TEST_PASSWORD)).status).toBe(200);
    expect((await server.store.console.admin('target'))?.failedCount).toBe(0);
  });

  it('answers an unknown login like a wrong password', async () => {
    expect((await new ConsoleClient(server.url).login('nobody', 'whatever-long')).body).toEqual({ error: 'badCredentials' });
  });

  it('serves the page with a CSP that allows no inline script', async () => {
    const page = await fetch(`${server.url}/console/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/console/console.js"></script>');
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toMatch(/\sstyle=|\son\w+=/);
    for (const file of ['console.js', 'views.js', 'dom.js', 'units.js', 'publish.js', 'console.css', 'texts.json']) {
      expect((await fetch(`${server.url}/console/${file}`)).status, file).toBe(200);
    }
    // The URL resolves to /app.ts, which is no route: refused like any request without a device token, never served.
    const outside = await fetch(`${server.url}/console/../app.ts`);
    expect([401, 404]).toContain(outside.status);
    expect(await outside.text()).not.toContain('buildServer');
  });
});
