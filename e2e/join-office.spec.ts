// First run of a PC whose office already works on another PC, in Debian Chromium
// against the real sync server as a child process: the join form explains a wrong
// code and keeps what was typed; with a right code the PC waits for its staff and
// says the server has none yet; once the other PC (a test device here) has sent its
// staff, "check again" brings sign-in with them, and the akim signs in.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../shared/staff/password';
import { unitStreamId } from '../shared/unit';
import { TestDevice } from '../sync-server/src/testing/harness';
import { kazakhOnlyText, OFFICE, PASSWORD, screenshotBoth, signIn } from './fixtures/intake';
import { issueCode, startServerAndPc, stopServerAndPc, type RunningServer } from './fixtures/sync';

const SCREENS = '/tmp/screens-join';
const AKIM = 'Құрманов Бақыт';
const profile = mkdtempSync(join(tmpdir(), 'akimat-join-e2e-profile-'));
mkdirSync(SCREENS, { recursive: true });
let context: BrowserContext;
let page: Page;
let server: RunningServer;

const noKazakhOnly = async (p: Page) => expect(await kazakhOnlyText(p)).toEqual([]);

test.describe
  .serial('a PC joins an office that already works on another PC', () => {
    test.beforeAll(async () => {
      ({ server, context, page } = await startServerAndPc(profile));
    });
    test.afterAll(async () => {
      await stopServerAndPc({ context, server }, profile);
    });

    test('the join form explains a wrong code and keeps what was typed', async () => {
      await page.goto('./');
      await page.getByTestId('join-office').check();
      await expect(page.getByTestId('join-form')).toBeVisible();
      await page.getByTestId('join-server').fill(server.process.url);
      await page.getByTestId('join-code').fill('WRONG-CODE1');
      await page.getByTestId('join-office-code').fill(OFFICE.officeCode);
      await screenshotBoth(page, 'join-form', SCREENS, noKazakhOnly);
      await page.getByTestId('join-submit').click();
      await expect(page.getByTestId('join-status')).toHaveAttribute('data-state', 'refused');
      await expect(page.getByTestId('join-status')).toContainText('Тіркеу коды жарамсыз');
      await screenshotBoth(page, 'join-refused', SCREENS, noKazakhOnly);
      await expect(page.getByTestId('join-server')).toHaveValue(server.process.url);
      await expect(page.getByTestId('join-office-code')).toHaveValue(OFFICE.officeCode);
    });

    test('with a right code the PC is connected and says the server has no staff yet', async () => {
      await page.getByTestId('join-code').fill(await issueCode(server.store));
      await page.getByTestId('join-submit').click();
      await expect(page.getByTestId('join-progress')).toBeVisible();
      await expect(page.getByTestId('join-status')).toHaveAttribute('data-state', 'noStaff');
      await expect(page.getByRole('heading')).toContainText(OFFICE.nameKk);
      await screenshotBoth(page, 'join-no-staff', SCREENS, noKazakhOnly);
      // Closed and opened again, the PC goes on waiting for its staff.
      await page.reload();
      await expect(page.getByTestId('join-status')).toHaveAttribute('data-state', 'noStaff');
    });

    test('once the other PC sent its staff, "check again" brings sign-in and the akim signs in', async () => {
      const other = await TestDevice.enroll(server.process.url, server.store, { officeCode: OFFICE.officeCode });
      const password = await hashPassword(PASSWORD);
      // The other PC's akim introduces themself (the test device writes as u-1).
      other.queue(
        other.write(unitStreamId('office', OFFICE.officeCode), 'staffAdded', { userId: 'u-1', name: AKIM, role: 'akim', password }),
      );
      await other.pushAll();
      await page.getByTestId('join-retry').click();
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await expect(page.getByRole('option')).toContainText([AKIM]);
      await signIn(page);
    });
  });
