// The staff screen in Debian Chromium against the built renderer: the akim adds a
// clerk, resets her password (she signs in with the new one), changes the akim's own
// password, deactivates the clerk (she can no longer sign in, still listed), in kk and ru.
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeProfile, launchProfile } from './fixtures/browser';
import { CLERK as AKIM, kazakhOnlyText, PASSWORD, SCREENS_DIR, screenshotBoth, setUpOffice, signIn, USER_DATA } from './fixtures/intake';

const SHOTS = join(SCREENS_DIR, 'staff');
mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'akimat-e2e-staff-'));
const CLERK = 'Ілиясова Гүлнұр';
const CLERK_FIRST = 'бірінші-сөз-1';
const CLERK_RESET = 'жаңа-сөз-ұмытпа';
const AKIM_NEW = 'әкімнің-жаңа-сөзі';
/** Each step after a password is typed waits for the hashing (a quarter of a second, more on a loaded machine). */
const HASHED = { timeout: 15_000 };
let context: BrowserContext;
let page: Page;

/** No Kazakh-only letters left in the Russian screen outside typed data (the names). */
async function noKazakhLeft(p: Page): Promise<void> {
  const typed = [CLERK, ...USER_DATA].join(' ');
  const leaks = (await kazakhOnlyText(p))
    .flatMap((line) => line.split(/[\s,.;:()«»—–-]+/))
    .filter((word) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(word) && !typed.includes(word));
  expect(leaks).toEqual([]);
}

const shotBoth = (name: string) => screenshotBoth(page, name, SHOTS, noKazakhLeft);
const rowOf = (name: string): Locator => page.getByTestId('staff-row').filter({ hasText: name });

async function signInAs(option: string, password: string): Promise<void> {
  await page.getByLabel('Қызметкер').selectOption({ label: option });
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру' }).click();
}

async function signOut(): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
}

test.describe
  .serial('the staff screen', () => {
    test.beforeAll(async () => {
      ({ context, page } = await launchProfile(profile));
    });
    test.afterAll(() => closeProfile(context, profile));

    test('the akim sets up the office and adds a clerk', async () => {
      await page.goto('./');
      await setUpOffice(page, undefined, 'akim');
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await signIn(page);
      await page.getByTestId('nav-staff').click();
      const add = page.getByTestId('staff-add');
      await add.getByLabel('Тегі, аты').fill(CLERK);
      await add.getByLabel('Рөлі').selectOption('clerk');
      await add.getByLabel('Құпиясөз').fill(CLERK_FIRST);
      await add.getByRole('button', { name: 'Қосу' }).click();
      await expect(add).toContainText(`Қызметкер қосылды: ${CLERK}`, HASHED);
      await expect(rowOf(CLERK)).toContainText(`${CLERK} — Кеңсе қызметкері`);
      await expect(rowOf(AKIM)).toContainText(`${AKIM} — Әкім (сіз)`);
      await shotBoth('staff-list');
    });

    test('the akim resets the clerk’s password; she signs in with the new one', async () => {
      const row = rowOf(CLERK);
      await row.getByRole('button', { name: 'Құпиясөзді қайта орнату' }).click();
      const form = row.getByTestId('staff-reset-form');
      // The first field has the keyboard: type, Tab, type, Enter.
      await page.keyboard.type(CLERK_RESET);
      await page.keyboard.press('Tab');
      await page.keyboard.type('басқа-сөз');
      await page.keyboard.press('Enter');
      await expect(form).toContainText('Құпиясөздер сәйкес емес');
      await shotBoth('staff-reset');
      await form.getByLabel('Құпиясөзді қайталаңыз').fill(CLERK_RESET);
      await form.getByLabel('Құпиясөзді қайталаңыз').press('Enter');
      await expect(row.getByTestId('staff-row-message')).toContainText(`Жаңа құпиясөз орнатылды: ${CLERK}`, HASHED);
      await expect(form).toHaveCount(0);

      await signOut();
      await signInAs(`${CLERK} — Кеңсе қызметкері`, CLERK_FIRST);
      await expect(page.getByText('Құпиясөз дұрыс емес')).toBeVisible(HASHED);
      await signInAs(`${CLERK} — Кеңсе қызметкері`, CLERK_RESET);
      // The header names who is signed in, with the role under the name.
      await expect(page.getByTestId('header-user')).toHaveAttribute('title', `${CLERK} (Кеңсе қызметкері)`, HASHED);
      // The clerk sees the list and her own password, nobody's controls.
      await page.getByTestId('nav-staff').click();
      await expect(rowOf(CLERK)).toContainText('(сіз)');
      await expect(page.getByTestId('staff-role')).toHaveCount(0);
      await expect(page.getByTestId('staff-akim-only')).toBeVisible();
      await shotBoth('staff-as-clerk');
      await page.getByTestId('nav-today').click();
      await signOut();
    });

    test('the akim changes her own password; a wrong current one is refused', async () => {
      await signInAs(`${AKIM} — Әкім`, PASSWORD);
      await expect(page.getByTestId('today-ready')).toBeVisible(HASHED);
      await page.getByTestId('nav-staff').click();
      await page.getByRole('button', { name: 'Құпиясөзімді өзгерту' }).click();
      const form = page.getByTestId('own-password-form');
      await form.getByLabel('Қазіргі құпиясөз').fill('қате-сөз');
      await form.getByLabel('Құпиясөз', { exact: true }).fill(AKIM_NEW);
      await form.getByLabel('Құпиясөзді қайталаңыз').fill(AKIM_NEW);
      await form.getByRole('button', { name: 'Жаңа құпиясөзді сақтау' }).click();
      await expect(form).toContainText('Құпиясөз дұрыс емес', HASHED);
      await shotBoth('staff-own-password-wrong');
      await form.getByLabel('Қазіргі құпиясөз').fill(PASSWORD);
      await form.getByRole('button', { name: 'Жаңа құпиясөзді сақтау' }).click();
      await expect(page.getByTestId('own-password-message')).toHaveText(
        'Құпиясөзіңіз өзгертілді. Келесі жолы жаңа құпиясөзбен кіріңіз.',
        HASHED,
      );
      await expect(form).toHaveCount(0);
      await shotBoth('staff-own-password-done');
    });

    test('the akim deactivates the clerk: greyed in the list, and she cannot sign in', async () => {
      const row = rowOf(CLERK);
      await row.getByRole('button', { name: 'Өшіру' }).click();
      await expect(row.getByRole('alertdialog')).toContainText(`${CLERK}: бағдарламаға кіру жабылады`);
      await shotBoth('staff-deactivate-confirm');
      await row.getByRole('button', { name: 'Иә, өшіру' }).click();
      await expect(row).toHaveAttribute('data-active', 'false');
      await expect(row).toContainText('өшірілген');
      await expect(row.getByRole('button')).toHaveCount(0);
      // The akim's own row offers the role only, and the last akim may not step down.
      const own = rowOf(AKIM);
      await own.getByTestId('staff-role').selectOption('clerk');
      await own.getByRole('button', { name: 'Рөлді сақтау' }).click();
      await expect(own.getByRole('alert')).toHaveText('Әрекет қабылданбады: Соңғы әкімді (басшыны) өшіруге болмайды');
      await expect(own.getByTestId('staff-role')).toHaveValue('akim');
      await shotBoth('staff-deactivated');
      await page.getByTestId('lang-ru').click();
      await expect(row).toContainText('отключён');
      await page.getByTestId('lang-kk').click();

      await signOut();
      await signInAs(`${CLERK} — Кеңсе қызметкері`, CLERK_RESET);
      await expect(page.getByText('Құпиясөз дұрыс емес')).toBeVisible(HASHED);
      await signInAs(`${AKIM} — Әкім`, PASSWORD);
      await expect(page.getByText('Құпиясөз дұрыс емес')).toBeVisible(HASHED);
      await signInAs(`${AKIM} — Әкім`, AKIM_NEW);
      await expect(page.getByTestId('header-user')).toHaveAttribute('title', `${AKIM} (Әкім)`, HASHED);
    });
  });
