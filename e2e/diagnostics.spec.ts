// Errors and updates in Debian Chromium against the real sync server: a newer
// release rolled out to the district shows the browser's notice after sync; a
// screen that throws shows the boundary (kk and ru), "copy details" copies, and
// the error reaches the admin console's device row with the next sync, with the
// browser's storage estimate.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ConsoleClient } from '../sync-server/src/console/testing';
import type { TestServer } from '../sync-server/src/testing/harness';
import { setLanguage, setUpOfficeAndSignIn } from './fixtures/intake';
import {
  applicant,
  issueCode,
  openSyncPanel,
  registerCase,
  startServerAndPc,
  stopServerAndPc,
  submitEnrollment,
  type RunningServer,
} from './fixtures/sync';

const DIR = '/tmp/screens-diagnostics';
const profile = mkdtempSync(join(tmpdir(), 'akimat-diagnostics-e2e-'));
mkdirSync(DIR, { recursive: true });
let context: BrowserContext;
let page: Page;
let server: RunningServer;
let admin: ConsoleClient;

const shot = (name: string) => page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true });

function latestYml(version: string, file: string, bytes: Buffer): string {
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  return `version: ${version}\nfiles:\n  - url: ${file}\n    sha512: ${sha512}\n    size: ${bytes.length}\npath: ${file}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T08:00:00.000Z'\n`;
}

test.describe
  .serial('errors and updates reach someone', () => {
    test.beforeAll(async () => {
      ({ server, context, page } = await startServerAndPc(profile));
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      admin = await ConsoleClient.signedIn({ url: server.process.url, store: server.store } as unknown as TestServer, 'e2e-admin');
      const bytes = randomBytes(4000);
      const file = 'akimat-desk-9.1.0-win.exe';
      expect((await admin.call('POST', '/console/api/releases', { yml: latestYml('9.1.0', file, bytes) })).status).toBe(200);
      expect((await admin.upload('/console/api/releases/9.1.0/file', bytes)).status).toBe(200);
      expect((await admin.call('POST', '/console/api/rollouts', { districtCode: 'D05', version: '9.1.0' })).status).toBe(200);
    });
    test.afterAll(async () => {
      await stopServerAndPc({ context, server }, profile);
    });

    test('the version is shown and a newer release on the server is noticed after sync', async () => {
      await page.goto('./');
      await setUpOfficeAndSignIn(page);
      await expect(page.getByTestId('app-version')).toHaveText(/Нұсқа \d+\.\d+\.\d+/);
      await openSyncPanel(page);
      await submitEnrollment(page, server.process.url, await issueCode(server.store));
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');
      await expect(page.getByTestId('update-newer')).toContainText('Серверде жаңа нұсқа бар: 9.1.0');
      await shot('update-newer-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('update-newer')).toContainText('На сервере есть новая версия: 9.1.0');
      await expect(page.getByTestId('app-version')).toHaveText(/Версия \d+\.\d+\.\d+/);
      await shot('update-newer-ru');
      await setLanguage(page, 'kk');
    });

    test('a screen that throws shows the boundary, copies its details, and the console shows the error', async () => {
      // The sync panel formats its last success with getSeconds: break it for this page only.
      await page.evaluate(() => {
        Date.prototype.getSeconds = () => {
          throw new Error('e2e: the clock is broken');
        };
      });
      await page.getByTestId('nav-today').click();
      await openSyncPanel(page).catch(() => undefined);
      await expect(page.getByTestId('screen-error')).toContainText('Бұл бетте қате шықты');
      await page.getByTestId('copy-error-details').click();
      await expect(page.getByTestId('copy-outcome')).toContainText('Көшірілді');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('screen: sync');
      expect(copied).toContain('error: Error: e2e: the clock is broken');
      await shot('boundary-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('screen-error')).toContainText('На этом экране произошла ошибка');
      await shot('boundary-ru');
      await setLanguage(page, 'kk');

      // The next push carries the error to the console's device row.
      // A reload gives the page its own clock back.
      await page.reload();
      await registerCase(page, applicant(1));
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('count-pending')).toHaveText('0');
      await expect
        .poll(async () => {
          const body = (await admin.call('GET', '/console/api/overview')).body as { devices: Record<string, unknown>[] };
          return String(body.devices[0]?.clientError ?? '');
        })
        .toContain('boundary sync: Error: e2e: the clock is broken');
      // The browser's own storage estimate and the error, without its stack, came with it.
      const body = (await admin.call('GET', '/console/api/overview')).body as { devices: Record<string, unknown>[] };
      const row = body.devices[0] as { storageUsedBytes: number; storageQuotaBytes: number; recentErrors: Record<string, string>[] };
      expect(row.storageUsedBytes).toBeGreaterThan(0);
      expect(row.storageQuotaBytes).toBeGreaterThan(row.storageUsedBytes);
      expect(row.recentErrors[0]).toMatchObject({ source: 'boundary', screen: 'sync', message: 'Error: e2e: the clock is broken' });
      expect(JSON.stringify(row.recentErrors)).not.toContain('getSeconds');
    });
  });
