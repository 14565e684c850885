// The attack the per-account lockout cannot see: one address tries a few passwords on
// many accounts (and on logins that do not exist). After its budget of failures the
// address is refused with 429 and Retry-After, even with a right password, while other
// addresses sign in as before; the budget refills with time, a success is free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendResources, type BackendResources, startServer, type TestServer } from '../testing/harness';
import { MAX_FAILURES } from './session';
import { FAILURES_PER_ADDRESS, SignInLimit, WINDOW_SECONDS } from './sign-in-limit';
import { addAdmin, ConsoleClient, TEST_PASSWORD } from './testing';

const BUDGET = 12;
let resources: BackendResources;
let server: TestServer;

beforeAll(async () => {
  resources = await backendResources('sqlite');
  // Behind a proxy, so each request can name its address in X-Forwarded-For; a small budget
  // that refills slowly (one attempt in 3 hours), so the test's own duration refills nothing.
  server = await startServer(resources, { trustProxy: true, consoleSignIn: { failures: BUDGET, windowSeconds: BUDGET * 3 * 3600 } });
}, 30_000);
afterAll(async () => {
  await server?.close();
  await resources?.dispose();
});

const signInFrom = (address: string, login: string, password: string) =>
  new ConsoleClient(server.url).call('POST', '/console/api/login', { login, password }, { 'x-forwarded-for': address });

describe('failed console sign-ins from one address', () => {
  it('are refused across accounts once the address has spent its budget, and only for that address', async () => {
    const accounts = ['ainur', 'bolat', 'victim'];
    for (const login of accounts) await addAdmin(server, login);
    const attacker = '203.0.113.7';
    // Below every account's own lock: MAX_FAILURES - 1 guesses each, the rest on logins that do not exist.
    const guesses: [string, string][] = [];
    for (const login of accounts.slice(0, 2)) for (let i = 1; i < MAX_FAILURES; i++) guesses.push([login, `guess-${login}-${i}`]);
    for (let i = guesses.length; i < BUDGET; i++) guesses.push([`nobody-${i}`, `guess-${i}`]);
    expect(guesses).toHaveLength(BUDGET);
    for (const [login, password] of guesses) {
      expect(await signInFrom(attacker, login, password)).toMatchObject({ status: 401, body: { error: 'badCredentials' } });
    }

    // The next attempt, even with the right password of an untouched account, is refused before any check.
    const refused = await signInFrom(attacker, 'victim', TEST_PASSWORD);
    expect(refused).toMatchObject({ status: 429, body: { error: 'tooManyAttempts' } });
    // The wait is until one attempt has refilled.
    expect(Number(refused.body.seconds)).toBeGreaterThan(3 * 3600 - 60);
    expect(refused.headers.get('retry-after')).toBe(String(refused.body.seconds));
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect((await server.store.console.admin('victim'))?.failedCount).toBe(0);
    // No account was locked by its own count: only the address limit stopped the attack.
    for (const login of accounts.slice(0, 2)) expect((await server.store.console.admin(login))?.failedCount).toBe(MAX_FAILURES - 1);

    // Another address signs in as usual.
    expect((await signInFrom('198.51.100.2', 'victim', TEST_PASSWORD)).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    await addAdmin(server, 'daily');
    const office = '192.0.2.44';
    for (let i = 0; i < BUDGET - 1; i++) expect((await signInFrom(office, `dialy-${i}`, `typo-${i}`)).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await signInFrom(office, 'daily', TEST_PASSWORD)).status).toBe(200);
    expect((await signInFrom(office, 'dialy', 'one-more-typo')).status).toBe(401);
    expect(await signInFrom(office, 'daily', TEST_PASSWORD)).toMatchObject({ status: 429, body: { error: 'tooManyAttempts' } });
  });
});

describe('SignInLimit', () => {
  it(`allows ${FAILURES_PER_ADDRESS} attempts per address in ${WINDOW_SECONDS / 60} minutes by default, then one per refill`, () => {
    let t = 0;
    const limit = new SignInLimit(() => t);
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) expect(limit.attempt('a').ok).toBe(true);
    const refused = limit.attempt('a');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: WINDOW_SECONDS / FAILURES_PER_ADDRESS });
    expect(limit.attempt('b').ok).toBe(true);
    t += refused.retryAfterSeconds * 1000;
    expect([1, 2].map(() => limit.attempt('a').ok)).toEqual([true, false]);
    limit.succeeded('a');
    expect(limit.attempt('a').ok).toBe(true);
  });

  it('takes the defaults for settings that are not a positive number, and forgets addresses beyond its bound', () => {
    const t = 0;
    const limit = new SignInLimit(() => t, Number.NaN, 0, 100);
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) expect(limit.attempt('a').ok).toBe(true);
    expect(limit.attempt('a').ok).toBe(false);
    for (let i = 0; i < 10_000; i++) limit.attempt(`10.0.${i >> 8}.${i & 255}`);
    expect(limit.size).toBeLessThanOrEqual(100);
  });
});
