// A scan upload survives the BROWSER closing in the middle: the persistent
// profile is closed while tus is sending, Chromium is launched again on the same
// profile, and tus-js-client resumes from the upload URL it kept in
// localStorage — the second session creates no new upload and never sends from
// offset 0, and the server ends up with the file under the right SHA-256.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyncClient } from '../sync-server/src/testing/client';
import { launchProfile } from './fixtures/browser';
import { setUpOfficeAndSignIn, signIn } from './fixtures/intake';
import {
  applicant,
  attachScan,
  incomingBytes,
  issueCode,
  openSyncPanel,
  registerCase,
  scanBytes,
  sha256Of,
  startSyncServer,
  submitEnrollment,
  type RunningServer,
} from './fixtures/sync';

const profile = mkdtempSync(join(tmpdir(), 'akimat-upload-restart-profile-'));
let server: RunningServer;

interface Session {
  context: BrowserContext;
  page: Page;
  /** Upload-Offset of every PATCH this browser session sent. */
  offsets: number[];
  /** tus uploads this session created (POST /files). */
  created: number;
}

async function launch(): Promise<Session> {
  const { context, page } = await launchProfile(profile);
  const session: Session = { context, page, offsets: [], created: 0 };
  page.on('request', (request) => {
    if (!request.url().includes('/files')) return;
    if (request.method() === 'PATCH') session.offsets.push(Number(request.headers()['upload-offset']));
    if (request.method() === 'POST') session.created++;
  });
  return session;
}

/** The tus upload URLs tus-js-client keeps for resuming, read from the page's localStorage. */
const tusEntries = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::akimat-tus::')));

test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server?.dispose();
  rmSync(profile, { recursive: true, force: true });
});

test('a scan upload resumes after the browser is closed and started again mid-upload', async () => {
  test.setTimeout(120_000);
  const first = await launch();
  const { page } = first;
  await page.goto('./');
  await setUpOfficeAndSignIn(page);
  await openSyncPanel(page);
  await submitEnrollment(page, server.process.url, await issueCode(server.store));
  await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');

  // A slow link, so the upload of a 6 MB scan takes several seconds.
  const cdp = await first.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1_000_000 });
  await registerCase(page, applicant(11));
  const bytes = scanBytes(6 * 1024 * 1024, 11);
  const sha256 = sha256Of(bytes);
  await attachScan(page, 'үлкен-скан.png', bytes);
  await openSyncPanel(page);
  await page.getByTestId('sync-now').click();
  await expect.poll(() => incomingBytes(server.dataDir), { timeout: 30_000 }).toBeGreaterThan(1024 * 1024);
  expect(await tusEntries(page)).toHaveLength(1);
  expect(first.created).toBe(1);
  expect(first.offsets[0]).toBe(0);

  // The browser goes away in the middle of the upload.
  await first.context.close();
  const keptBytes = incomingBytes(server.dataDir);
  expect(keptBytes).toBeGreaterThan(1024 * 1024);
  expect(keptBytes).toBeLessThan(bytes.length);
  expect((await server.store.counts()).attachments).toBe(0);

  // Started again on the same profile: the upload list (IndexedDB) and the tus URL (localStorage) are still there.
  const second = await launch();
  await second.page.goto('./');
  await expect(second.page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  expect(await tusEntries(second.page)).toHaveLength(1);
  await signIn(second.page);
  await openSyncPanel(second.page);
  await expect(second.page.getByTestId('count-uploads')).toHaveText('0', { timeout: 60_000 });
  await expect(second.page.getByTestId('count-pending')).toHaveText('0', { timeout: 20_000 });

  // The second session continued the same upload: no new one, no byte sent again from 0.
  expect(second.created).toBe(0);
  expect(second.offsets.length).toBeGreaterThan(0);
  expect(Math.min(...second.offsets)).toBeGreaterThan(0);
  expect(second.offsets[0]).toBeGreaterThanOrEqual(keptBytes - 512 * 1024);
  console.log(
    `upload-restart: ${keptBytes} bytes on the server at the close; second session resumed at ${second.offsets[0]} of ${bytes.length}, ${second.offsets.length} PATCH requests`,
  );
  // Done: tus forgets the URL.
  expect(await tusEntries(second.page)).toHaveLength(0);

  // The server holds exactly this file, verified by its hash.
  expect((await server.store.counts()).attachments).toBe(1);
  const reader = new SyncClient(server.process.url);
  await reader.enroll(await server.store.admin.issueEnrollmentCode({ officeCode: '0512' }), 'e2e reader');
  const response = await fetch(`${server.process.url}/attachments/${sha256}`, { headers: { authorization: `Bearer ${reader.token}` } });
  expect(response.status).toBe(200);
  const stored = new Uint8Array(await response.arrayBuffer());
  expect(stored.length).toBe(bytes.length);
  expect(sha256Of(stored)).toBe(sha256);
  await second.context.close();
});
