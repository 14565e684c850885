// Sync in Debian Chromium against the real sync server as a child process:
// enroll while the server is up, register cases with scans while it is off,
// turn it on and see every event and every scan arrive once; a server killed in
// the middle of an upload is restarted and the upload resumes. A PC set up with a
// mistyped office code is refused at enrollment and may take the code's office.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdmin } from '../sync-server/src/admin/cli';
import { SyncClient } from '../sync-server/src/testing/client';
import { countRows } from './fixtures/idb';
import { kazakhOnlyText, OFFICE, setLanguage, setUpOfficeAndSignIn, signIn } from './fixtures/intake';
import {
  applicant,
  attachScan,
  incomingBytes,
  issueCode,
  openSyncPanel,
  registerCase,
  scanBytes,
  sha256Of,
  startServerAndPc,
  stopServerAndPc,
  submitEnrollment,
  SYNC_SCREENS_DIR,
  type RunningServer,
} from './fixtures/sync';

const profile = mkdtempSync(join(tmpdir(), 'akimat-sync-e2e-profile-'));
mkdirSync(SYNC_SCREENS_DIR, { recursive: true });
let context: BrowserContext;
let page: Page;
let server: RunningServer;
const scans: Array<{ sha256: string; size: number }> = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SYNC_SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** Everything the server holds for the office, read by a second enrolled device of it. */
async function serverView(): Promise<SyncClient> {
  const reader = new SyncClient(server.process.url);
  await reader.enroll(await server.store.admin.issueEnrollmentCode({ officeCode: '0512' }), 'e2e reader');
  await reader.pullAll();
  return reader;
}

async function fetchScan(reader: SyncClient, sha256: string): Promise<Uint8Array> {
  const response = await fetch(`${server.process.url}/attachments/${sha256}`, { headers: { authorization: `Bearer ${reader.token}` } });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

test.describe
  .serial('sync with the office server', () => {
    test.beforeAll(async () => {
      ({ server, context, page } = await startServerAndPc(profile));
    });
    test.afterAll(async () => {
      await stopServerAndPc({ context, server }, profile);
    });

    test('the administrator enrolls the PC with a one-time code while the server is up', async () => {
      await page.goto('./');
      await setUpOfficeAndSignIn(page);
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'notEnrolled');
      await openSyncPanel(page);
      await shot('enroll-kk');
      await setLanguage(page, 'ru');
      await shot('enroll-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      // A wrong code is explained, nothing is stored.
      await submitEnrollment(page, server.process.url, 'WRONG-CODE1');
      await expect(page.getByTestId('enroll-result')).toContainText('Тіркеу коды жарамсыз');
      await page.getByTestId('enroll-code').fill(await issueCode(server.store));
      await page.getByTestId('enroll-submit').click();
      await expect(page.getByTestId('enroll-result')).toContainText('Қосылды: құрылғы 0512-A, кеңсе 0512, әрпі A');
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');
      await expect(page.getByTestId('last-success')).not.toHaveText('әлі болған жоқ');
    });

    test('cases and scans registered while the server is off wait on the PC, and sign-out is refused', async () => {
      await server.process.kill();
      const numbers: string[] = [];
      for (let n = 1; n <= 3; n++) {
        numbers.push(await registerCase(page, applicant(n)));
        if (n <= 2) {
          const bytes = scanBytes(150_000 + n * 10_000, n);
          await attachScan(page, `скан-${n}.png`, bytes);
          scans.push({ sha256: sha256Of(bytes), size: bytes.length });
        }
      }
      expect(numbers.every((n) => n.startsWith('0512-') && n.includes('A-'))).toBe(true);
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'offline');
      const events = await countRows(page, 'events');
      // 3 events per registration + 1 per scan, and the office's first person introduced at setup.
      expect(events).toBe(3 * 3 + 2 + 1);
      // The first person went up when the PC was enrolled; everything else waits.
      const waiting = events - 1;
      await expect(page.getByTestId('count-pending')).toHaveText(String(waiting));
      await expect(page.getByTestId('count-uploads')).toHaveText('2');
      await expect(page.getByTestId('sync-last-problem')).toContainText('Серверге қосылу жоқ');
      await page.getByTestId('sign-out').click();
      await expect(page.getByTestId('sign-out-blocked')).toContainText(`серверге әлі ${waiting} оқиға және 2 файл жіберілмеген`);
      await expect(page.getByTestId('sync-screen')).toBeVisible();
      await shot('sync-offline-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('sign-out-blocked')).toContainText('Выйти нельзя');
      await shot('sync-offline-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
    });

    test('the server comes back: every event and every scan arrives exactly once', async () => {
      await server.process.start();
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('count-pending')).toHaveText('0', { timeout: 20_000 });
      await expect(page.getByTestId('count-uploads')).toHaveText('0');
      await expect(page.getByTestId('count-error')).toHaveText('0');
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');
      // The refusal message goes away by itself once nothing waits.
      await expect(page.getByTestId('sign-out-blocked')).toHaveCount(0);
      const local = await countRows(page, 'events');
      await expect(page.getByTestId('count-sent')).toHaveText(String(local));

      const counts = await server.store.counts();
      expect(counts.events).toBe(local);
      // The three cases and the office's own stream (its staff, issue 11).
      expect(counts.cases).toBe(3 + 1);
      expect(counts.attachments).toBe(2);
      const reader = await serverView();
      expect(reader.pulled.size).toBe(local);
      expect(reader.pulledTotal).toBe(local);
      for (const scan of scans) {
        const bytes = await fetchScan(reader, scan.sha256);
        expect(bytes.length).toBe(scan.size);
        expect(sha256Of(bytes)).toBe(scan.sha256);
      }
      await shot('sync-done-kk');
      await setLanguage(page, 'ru');
      await shot('sync-done-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      // Nothing waits now: signing out is allowed.
      await page.getByTestId('sign-out').click();
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await page.evaluate(() => (window.location.hash = '#/today'));
      await signIn(page);
    });

    test('a server killed in the middle of an upload is restarted and the upload resumes where it stopped', async () => {
      const offsets: number[] = [];
      page.on('request', (request) => {
        if (request.method() === 'PATCH' && request.url().includes('/files/')) offsets.push(Number(request.headers()['upload-offset']));
      });
      // Slow the link so the upload takes several seconds.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 20,
        downloadThroughput: -1,
        uploadThroughput: 1_000_000,
      });

      await registerCase(page, applicant(7));
      const bytes = scanBytes(6 * 1024 * 1024, 7);
      await attachScan(page, 'үлкен-скан.png', bytes);
      const big = { sha256: sha256Of(bytes), size: bytes.length };
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect.poll(() => incomingBytes(server.dataDir), { timeout: 45_000 }).toBeGreaterThan(1024 * 1024);
      await server.process.kill();
      const keptBytes = incomingBytes(server.dataDir);
      expect(keptBytes).toBeLessThan(big.size);
      await server.process.start();
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await expect(page.getByTestId('sync-now')).toBeEnabled({ timeout: 30_000 });
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('count-uploads')).toHaveText('0', { timeout: 30_000 });
      await expect(page.getByTestId('count-pending')).toHaveText('0');

      // After the restart the client asked where to continue and did not start from zero.
      const resumedAt = offsets.filter((o) => o > 0);
      expect(resumedAt.length).toBeGreaterThan(0);
      expect(offsets.filter((o) => o === 0)).toHaveLength(1);

      const reader = await serverView();
      const local = await countRows(page, 'events');
      expect(reader.pulled.size).toBe(local);
      expect((await server.store.counts()).attachments).toBe(3);
      const stored = await fetchScan(reader, big.sha256);
      expect(stored.length).toBe(big.size);
      expect(sha256Of(stored)).toBe(big.sha256);
    });

    test('a revoked PC stops syncing with a clear message and keeps what it has not sent', async () => {
      expect(await runAdmin(['devices:revoke', '0512-A'], server.store, () => undefined)).toBe(0);
      await registerCase(page, applicant(8));
      const before = await countRows(page, 'events');
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('sync-stopped')).toContainText('Бұл құрылғы серверде өшірілген');
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'stopped');
      await expect(page.getByTestId('count-pending')).toHaveText('3');
      await expect(page.getByTestId('sync-now')).toBeDisabled();
      expect(await countRows(page, 'events')).toBe(before);
      await shot('sync-revoked-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('sync-stopped')).toContainText('Неотправленные данные сохраняются');
      await shot('sync-revoked-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');

      // The administrator gives a new code: the PC's unsent events go out under its new id.
      await submitEnrollment(page, server.process.url, await issueCode(server.store));
      await expect(page.getByTestId('enroll-result')).toContainText('Қосылды: құрылғы 0512-');
      await expect(page.getByTestId('enroll-result')).toContainText('Жіберілмеген 3 оқиға');
      await expect(page.getByTestId('count-pending')).toHaveText('0', { timeout: 20_000 });
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');
      expect((await server.store.counts()).events).toBe(before);
    });
  });

test('a PC set up with a mistyped office code is refused in kk and ru, then takes the code office and its names', async () => {
  const typoProfile = mkdtempSync(join(tmpdir(), 'akimat-sync-e2e-typo-'));
  const started: { context?: BrowserContext; server?: RunningServer } = {};
  try {
    const { server: own, context: browser, page: pc } = await startServerAndPc(typoProfile);
    Object.assign(started, { server: own, context: browser });
    // The administrator gave the office its Russian name too.
    expect(await runAdmin(['office:add', OFFICE.officeCode, OFFICE.nameKk, 'D05', '--ru', OFFICE.nameRu], own.store, () => undefined)).toBe(
      0,
    );
    await pc.goto('./');
    await setUpOfficeAndSignIn(pc, { ...OFFICE, officeCode: '0513', nameKk: 'Қате кеңсе', nameRu: 'Не то учреждение' });
    await openSyncPanel(pc);
    await submitEnrollment(pc, own.process.url, await issueCode(own.store));
    const result = pc.getByTestId('enroll-result');
    await expect(result).toContainText('Бұл код «0512» кеңсесіне арналған, ал компьютер «0513» кеңсесі ретінде бапталған');
    await expect(result).toContainText('Код жұмсалған жоқ');
    await expect(pc.getByTestId('sync-badge')).toHaveAttribute('data-state', 'notEnrolled');
    await pc.screenshot({ path: join(SYNC_SCREENS_DIR, 'enroll-unit-refused-kk.png'), fullPage: true });
    await setLanguage(pc, 'ru');
    await expect(result).toContainText('Этот код выдан учреждению «0512», а компьютер настроен как учреждение «0513»');
    await pc.screenshot({ path: join(SYNC_SCREENS_DIR, 'enroll-unit-refused-ru.png'), fullPage: true });
    expect(await kazakhOnlyText(pc)).toEqual([]);
    await setLanguage(pc, 'kk');
    // 0513 was a typo: the PC, with nothing written yet, takes the code's office and the server's names.
    await pc.getByTestId('enroll-accept-unit').click();
    await expect(result).toContainText('Қосылды: құрылғы 0512-A, кеңсе 0512, әрпі A');
    await expect(pc.locator('header .brand')).toContainText(OFFICE.nameKk);
    await setLanguage(pc, 'ru');
    await expect(pc.locator('header .brand')).toContainText(OFFICE.nameRu);
  } finally {
    await stopServerAndPc(started, typoProfile);
  }
});
