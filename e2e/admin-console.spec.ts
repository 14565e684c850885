// The administrators' console on the real sync server (a child process, as the sync
// specs run it): sign-in, the Almaty directory imported, an enrollment code with its
// QR, a PC enrolling and syncing with its version, pending count, storage use and
// recent errors, a PC with nothing to push reporting all the same, revocation, a
// calendar refused with the field at fault and then published; a wrong password
// locks the account, and one address failing on many accounts is refused.
// Screenshots in Kazakh and Russian go to /tmp/screens-console/.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { BUNDLED_CALENDAR } from '../shared/calendar';
import { PROTOCOL_VERSION } from '../shared/sync/protocol';
import { runAdmin } from '../sync-server/src/admin/cli';
import { openStore, type SqlStore } from '../sync-server/src/storage';
import { TestDevice } from '../sync-server/src/testing/harness';
import { freePort, ServerProcess } from '../sync-server/src/testing/server-process';

const SCREENS = '/tmp/screens-console';
const PASSWORD = 'district-admin-2026';
const SIGN_IN_BUDGET = 12;
const MB = 1024 * 1024;
mkdirSync(SCREENS, { recursive: true });

let server: ServerProcess;
let store: SqlStore;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'akimat-console-e2e-'));
  // A small per-address budget of failed sign-ins that does not refill during the run.
  server = new ServerProcess(await freePort(), {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    CONSOLE_SIGNIN_FAILURES: String(SIGN_IN_BUDGET),
    CONSOLE_SIGNIN_WINDOW_SECONDS: String(SIGN_IN_BUDGET * 600),
  });
  await server.start();
  store = await openStore({ dataDir });
  const quiet = () => undefined;
  for (const login of ['aigerim', 'forgetful']) {
    expect(await runAdmin(['console:add-admin', login], store, quiet, quiet, async () => PASSWORD)).toBe(0);
  }
});

test.afterAll(async () => {
  await server?.kill();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage });

async function signIn(page: Page, login: string, password: string) {
  await page.getByTestId('login-name').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

test('an administrator runs the district from the console', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}/console/`);
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  await shot(page, '01-sign-in-kk');
  await signIn(page, 'aigerim', PASSWORD);
  await expect(page.getByTestId('who')).toHaveText('aigerim · Бүкіл облыс');

  // Offices: the Almaty directory from sync-server/reference.
  await page.getByTestId('tab-offices').click();
  await page.getByTestId('import-almaty').click();
  await expect(page.getByTestId('offices-message')).toContainText('Импортталды:');
  await expect(page.getByTestId('office-0101')).toBeVisible();
  await shot(page, '02-offices-kk', false);
  // Renamed in Russian: the form opens filled from the row.
  await page.getByTestId('office-0101').getByTestId('edit-0101').click();
  await expect(page.getByTestId('office-name')).toHaveValue('Жансүгіров кенттік округ аудан әкімінің аппараты');
  await page.getByTestId('office-name-ru').fill('Аппарат акима поселкового округа Жансугуров');
  await page.getByTestId('office-form').getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByTestId('office-0101')).toContainText('Аппарат акима поселкового округа Жансугуров');

  // An enrollment code with its QR for office 0101.
  await page.getByTestId('tab-codes').click();
  await page.getByTestId('code-target').selectOption('office:0101');
  await page.getByTestId('code-issue').click();
  await expect(page.getByTestId('code-card')).toBeVisible();
  await expect(page.getByTestId('code-qr')).toBeVisible();
  const code = (await page.getByTestId('issued-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await shot(page, '03-code-kk');

  // The PC enrolls with that code and syncs, reporting its version and what still waits.
  const pc = new TestDevice(server.url);
  expect((await pc.enroll(code, 'Кеңсе ПК')).deviceId).toBe('0101-A');
  pc.unit = '0101';
  const pushed = await pc.request('POST', '/push', {
    protocol: PROTOCOL_VERSION,
    deviceId: pc.deviceId,
    sentAt: new Date().toISOString(),
    events: [pc.register(randomUUID())],
    diagnostics: {
      appVersion: '0.3.1',
      pendingEvents: 4,
      lastError: '2026-11-30T09:12:00.000Z boundary case: TypeError: x is undefined',
      storage: { usedBytes: Math.round(12.3 * MB), quotaBytes: 2048 * MB },
      recentErrors: [
        { at: '2026-11-30T09:12:00.000Z', source: 'boundary', screen: 'case', message: 'TypeError: x is undefined' },
        { at: '2026-11-29T16:40:00.000Z', source: 'unhandledrejection', screen: 'sync', message: 'Error: QuotaExceededError' },
      ],
    },
  });
  expect(pushed.status).toBe(200);
  // A second PC of the office with nothing to push reports after its sync all the same; little storage is left.
  const quiet = new TestDevice(server.url);
  expect((await quiet.enroll(await store.admin.issueEnrollmentCode({ officeCode: '0101' }), 'Архив ПК')).deviceId).toBe('0101-B');
  const reported = await quiet.request('POST', '/report', {
    protocol: PROTOCOL_VERSION,
    deviceId: quiet.deviceId,
    sentAt: new Date().toISOString(),
    diagnostics: { appVersion: '0.3.1', pendingEvents: 0, lastError: null, storage: { usedBytes: 1740 * MB, quotaBytes: 2048 * MB } },
  });
  expect(reported.status).toBe(200);

  await page.getByTestId('tab-devices').click();
  const row = page.getByTestId('device-0101-A');
  await expect(row.getByTestId('device-version')).toHaveText('0.3.1');
  await expect(row.getByTestId('device-pending')).toHaveText('4');
  await expect(row.getByTestId('device-storage')).toHaveText('12,3\u00a0МБ / 2,0\u00a0ГБ');
  await expect(row.getByTestId('device-status')).toHaveText('белсенді');
  const quietRow = page.getByTestId('device-0101-B');
  await expect(quietRow.getByTestId('device-pending')).toHaveText('0');
  await expect(quietRow.getByTestId('device-storage')).toHaveText('1,7\u00a0ГБ / 2,0\u00a0ГБ');
  await expect(quietRow.getByTestId('device-storage')).toHaveClass(/\bhigh\b/);
  await row.getByTestId('device-recent-errors').locator('summary').click();
  await expect(row.getByTestId('device-recent-errors')).toContainText('Соңғы қателер (2)');
  await expect(row.getByTestId('device-recent-errors')).toContainText('2026-11-30 09:12 · case · TypeError: x is undefined');
  await shot(page, '04-devices-kk');
  await page.getByTestId('lang-ru').click();
  await expect(row.getByTestId('device-status')).toHaveText('активно');
  await expect(row.getByTestId('device-storage')).toHaveText('12,3\u00a0МБ / 2,0\u00a0ГБ');
  await row.getByTestId('device-recent-errors').locator('summary').click();
  await expect(row.getByTestId('device-recent-errors')).toContainText('Последние ошибки (2)');
  await shot(page, '05-devices-ru');

  // Revoked: the PC can no longer sync.
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByTestId('revoke-0101-A').click();
  await expect(page.getByTestId('device-0101-A').getByTestId('device-status')).toContainText('отключено');
  expect((await pc.request('GET', '/pull?cursor=0')).status).toBe(401);

  // A calendar: the broken file is refused with the field at fault, the fixed one is published.
  await page.getByTestId('tab-publications').click();
  await page.getByTestId('pub-kind').selectOption('calendar');
  const broken = { version: '2027.1', years: { '2027': { transfers: [{ dayOff: '2027-02-30', decree: 'бұйрық' }] } } };
  await page
    .getByTestId('pub-file')
    .setInputFiles({ name: 'calendar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByTestId('pub-check').click();
  await expect(page.getByTestId('pub-result')).toContainText('Поле: years.2027.transfers.0.dayOff');
  await expect(page.getByTestId('pub-publish')).toBeDisabled();
  await shot(page, '06-publication-refused-ru');
  const good = { ...BUNDLED_CALENDAR, version: '2027.1' };
  await page
    .getByTestId('pub-file')
    .setInputFiles({ name: 'calendar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await page.getByTestId('pub-check').click();
  await expect(page.getByTestId('pub-result')).toContainText('Файл в порядке: версия 2027.1');
  await page.getByTestId('pub-publish').click();
  await expect(page.getByTestId('pub-result')).toContainText('Опубликовано: версия 2027.1');
  await expect(page.getByTestId('pub-history')).toContainText('2027.1');
  await page.getByTestId('lang-kk').click();
  await shot(page, '07-publications-kk');

  // A second PC of the district syncs with a clock 7 minutes ahead and a refused batch: sync health lists it.
  const second = new TestDevice(server.url);
  await second.enroll(await store.admin.issueEnrollmentCode({ officeCode: '0102' }));
  second.unit = '0102';
  second.seq = 3;
  const refused = await second.request('POST', '/push', {
    protocol: PROTOCOL_VERSION,
    deviceId: second.deviceId,
    sentAt: new Date(Date.now() + 7 * 60_000).toISOString(),
    events: [second.register(randomUUID())],
    diagnostics: { appVersion: '0.3.0', pendingEvents: 12, lastError: 'seqGap' },
  });
  expect(refused.status).toBe(409);
  await page.getByTestId('tab-health').click();
  await expect(page.getByTestId('health-errors')).toContainText('0102-A: 409 seqGap · seqGap');
  await shot(page, '08-health-kk');
  await page.getByTestId('tab-devices').click();
  await expect(page.getByTestId('device-0102-A')).toContainText('+7 мин');
  await shot(page, '09-devices-error-kk');

  // An update: latest.yml and its installer uploaded, rolled out to district D01, read by its PC.
  const installer = randomBytes(200_000);
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const file = 'akimat-desk-0.4.0-win.exe';
  const yml = `version: 0.4.0\nfiles:\n  - url: ${file}\n    sha512: ${sha512}\n    size: ${installer.length}\npath: ${file}\nsha512: ${sha512}\nreleaseDate: '2026-11-29T10:00:00.000Z'\n`;
  await page.getByTestId('tab-updates').click();
  await page.getByTestId('release-yml').setInputFiles({ name: 'latest.yml', mimeType: 'text/yaml', buffer: Buffer.from(yml) });
  await page.getByTestId('release-installer').setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer: installer });
  await page.getByTestId('release-upload').click();
  await expect(page.getByTestId('updates-message')).toHaveText('Жүктелді: 0.4.0');
  await page.getByTestId('rollout-district').selectOption('D01');
  await page.getByTestId('rollout-version').selectOption('0.4.0');
  await page.getByTestId('rollout-submit').click();
  await expect(page.getByTestId('rollouts-table')).toContainText('D01');
  await shot(page, '10-updates-kk');
  const feed = await second.request('GET', '/updates/D01/latest.yml');
  expect(feed.status).toBe(200);
  expect(String(feed.body)).toContain('version: 0.4.0');
  await page.getByTestId('lang-ru').click();
  await shot(page, '11-updates-ru');
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
});

test('a wrong password locks the account after five tries', async ({ page }) => {
  await page.goto(`${server.url}/console/`);
  await page.getByTestId('lang-ru').click();
  for (let i = 1; i <= 4; i++) {
    await signIn(page, 'forgetful', `wrong-${i}`);
    await expect(page.getByTestId('login-error')).toHaveText('Неверный логин или пароль');
    await page.getByTestId('login-error').evaluate((el) => {
      el.textContent = '';
    });
  }
  await signIn(page, 'forgetful', 'wrong-5');
  await expect(page.getByTestId('login-error')).toContainText('вход заблокирован на 30 с');
  await signIn(page, 'forgetful', PASSWORD);
  await expect(page.getByTestId('login-error')).toContainText('вход заблокирован');
  await expect(page.getByTestId('who')).toHaveCount(0);
  await shot(page, '12-locked-ru');
  await page.getByTestId('lang-kk').click();
  await signIn(page, 'forgetful', PASSWORD);
  await expect(page.getByTestId('login-error')).toContainText('кіру');
  await shot(page, '13-locked-kk');
  // The server logged the refusals, never a password or a hash.
  await expect.poll(() => server.output).toContain('console sign-in refused');
  expect(server.output).not.toContain(PASSWORD);
  expect(server.output).not.toContain('wrong-5');
  expect(server.output).not.toContain('scrypt$');
});

test('one address failing on many accounts is refused, in Russian and Kazakh', async ({ page }) => {
  await page.goto(`${server.url}/console/`);
  await page.getByTestId('lang-ru').click();
  // Guesses on logins that do not exist, each below any account's own lock, until the address has spent its budget.
  const refusal = 'Слишком много неудачных попыток входа с этого адреса';
  let tries = 0;
  for (; tries <= SIGN_IN_BUDGET; tries++) {
    await signIn(page, `guess-${tries}`, `guess-password-${tries}`);
    await expect(page.getByTestId('login-error')).not.toHaveText('');
    if ((await page.getByTestId('login-error').textContent())?.includes(refusal)) break;
    await page.getByTestId('login-error').evaluate((el) => {
      el.textContent = '';
    });
  }
  expect(tries).toBeLessThanOrEqual(SIGN_IN_BUDGET);
  await expect(page.getByTestId('login-error')).toHaveText(/повторите через \d+ с/);
  // The right password of an account that never failed is refused too, before it is checked.
  await signIn(page, 'aigerim', PASSWORD);
  await expect(page.getByTestId('login-error')).toContainText(refusal);
  await expect(page.getByTestId('who')).toHaveCount(0);
  await shot(page, '14-address-refused-ru');
  await page.getByTestId('lang-kk').click();
  await signIn(page, 'aigerim', PASSWORD);
  await expect(page.getByTestId('login-error')).toHaveText(
    /Бұл мекенжайдан кірудің сәтсіз әрекеті тым көп: \d+ секундтан кейін қайталаңыз/,
  );
  await shot(page, '15-address-refused-kk');
  await expect.poll(() => server.output).toContain('too many failures from this address');
  expect(server.output).not.toContain('guess-password-');
  expect(server.output).not.toContain(PASSWORD);
});
