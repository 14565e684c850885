// The intake loop at the counter, in Debian Chromium against the built renderer,
// with a persistent profile so the data must survive closing the browser.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APPLICANT,
  REFUSED,
  confirmOutsideReception,
  fillApplication,
  kazakhOnlyText,
  pdfPng,
  pdfText,
  savePdf,
  screenshot,
  setLanguage,
  setUpOffice,
  signIn,
} from './fixtures/intake';
import { closeProfile, launchProfile } from './fixtures/browser';

const profile = mkdtempSync(join(tmpdir(), 'akimat-e2e-'));
const downloads = mkdtempSync(join(tmpdir(), 'akimat-pdf-'));
let context: BrowserContext;
let page: Page;
let caseNumber = '';
let resultDate = '';

async function launch(): Promise<void> {
  ({ context, page } = await launchProfile(profile, { acceptDownloads: true }));
}

test.describe
  .serial('intake at the counter', () => {
    test.beforeAll(launch);
    test.afterAll(() => closeProfile(context, profile));

    test('first-run setup of the office, then sign-in', async () => {
      await page.goto('./');
      await expect(page.getByRole('heading', { name: 'Кеңсені алғаш баптау' })).toBeVisible();
      await screenshot(page, 'setup-kk');
      // Empty required fields are named inline and nothing is saved.
      await page.getByRole('button', { name: 'Кеңсені құру' }).click();
      await expect(page.getByText('Толтыру міндетті').first()).toBeVisible();
      await setLanguage(page, 'ru');
      await screenshot(page, 'setup-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      await setUpOffice(page);
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await screenshot(page, 'signin-kk');
      await page.getByLabel('Құпиясөз').fill('wrong-password');
      await page.getByRole('button', { name: 'Кіру' }).click();
      await expect(page.getByText('Құпиясөз дұрыс емес')).toBeVisible();
      await setLanguage(page, 'ru');
      await screenshot(page, 'signin-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      // Three more: the fourth wrong password in a row holds the button for 5 s, then the right one is let in.
      for (const attempt of [2, 3, 4]) {
        await page.getByLabel('Құпиясөз').fill(`wrong-password-${attempt}`);
        await page.getByRole('button', { name: 'Кіру' }).click();
        await expect(page.getByText('Құпиясөз дұрыс емес')).toBeVisible();
      }
      await expect(page.getByTestId('signin-wait')).toContainText('секундтан кейін қайталаңыз');
      await expect(page.getByRole('button', { name: 'Кіру' })).toBeDisabled();
      await signIn(page);
    });

    test('an invalid IIN is explained while typing, in the current language', async () => {
      await page.getByTestId('nav-new').click();
      await page.getByTestId('service-search').fill('пособ');
      await page.locator('[data-service="child-benefit-under-18"]').click();
      const wrong = APPLICANT.iin.slice(0, 11) + String((Number(APPLICANT.iin[11]) + 1) % 10);
      await page.getByTestId('iin').fill(wrong);
      await expect(page.getByText('ЖСН-ның бақылау цифры дұрыс емес')).toBeVisible();
      await setLanguage(page, 'ru');
      await expect(page.getByText('Неверная контрольная цифра ИИН')).toBeVisible();
      await setLanguage(page, 'kk');
      await page.getByTestId('iin').fill(APPLICANT.iin);
      await expect(page.getByText('Туған күні: 12.04.1990, жынысы: әйел')).toBeVisible();
    });

    test('a complete child-benefit application is registered and its talon names the number, applicant and result date', async () => {
      await fillApplication(page, APPLICANT);
      await page.getByTestId('doc-application-original').check();
      await expect(page.getByText('Құжаттар толық')).toBeVisible();
      await screenshot(page, 'new-kk');
      await setLanguage(page, 'ru');
      await screenshot(page, 'new-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');

      // The register button waits for the signed consent.
      await expect(page.getByTestId('register')).toBeDisabled();
      const consentFile = await savePdf(page, 'consent', downloads, 'consent.pdf');
      pdfPng(consentFile, 'pdf-consent');
      const consent = pdfText(consentFile);
      expect(consent).toContain('Өтемісова Гүлнәр Қайратқызы');
      expect(consent).toContain(APPLICANT.iin);
      await page.getByTestId('consent-signed').check();
      await confirmOutsideReception(page);
      await page.getByTestId('register').click();
      const result = page.getByTestId('intake-result');
      await expect(result).toContainText('Өтініш тіркелді: № 0512-');
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property
      const text = (await result.innerText()).match(/№ (\S+)\. Нәтиже күні: (\d\d\.\d\d\.\d{4})/)!;
      caseNumber = text[1];
      resultDate = text[2];

      const talonFile = await savePdf(page, 'talon', downloads, 'talon.pdf');
      const talon = pdfText(talonFile);
      expect(talon).toContain(caseNumber);
      expect(talon).toContain('Өтемісова');
      expect(talon).toContain(resultDate);
      expect(talon).toContain('Сәрсенова Ә.');
      pdfPng(talonFile, 'pdf-talon');
    });

    test('a duplicate application (same IIN, same service, still open) is flagged before registering', async () => {
      await page.getByRole('button', { name: 'Келесі өтініш' }).click();
      await fillApplication(page, APPLICANT);
      await expect(page.getByTestId('duplicate-warning')).toContainText(caseNumber);
      // Said right under the applicant, before the checklist, not at the bottom.
      const warning = (await page.getByTestId('duplicate-warning').boundingBox())!;
      expect(warning.y).toBeLessThan((await page.getByTestId('doc-application-original').boundingBox())!.y);
      await page.getByTestId('discard').click();
      await expect(page.getByTestId('service-search')).toBeVisible();
    });

    test('an incomplete package gets a refusal receipt that lists the missing documents, and nothing is registered', async () => {
      await page.getByTestId('nav-today').click();
      await fillApplication(page, REFUSED);
      // The power of attorney is a row of the checklist only once a representative applies.
      const attorney = page.locator('tr[data-doc*="attorney"]');
      await expect(attorney).toHaveCount(0);
      await page.getByTestId('represented').check();
      await expect(attorney).toHaveCount(1);
      await expect(page.getByTestId('missing')).toContainText('Өтініш');
      await expect(page.getByTestId('missing')).toContainText('Сенімхат');
      await expect(page.getByTestId('register')).toHaveCount(0);
      await page.getByTestId('refuse').click();
      await expect(page.getByTestId('intake-result')).toContainText('Қабылдаудан бас тарту туралы қолхат берілді');
      const receiptFile = await savePdf(page, 'refusal', downloads, 'refusal.pdf');
      const receipt = pdfText(receiptFile);
      expect(receipt).toContain('Әбілқасымов');
      expect(receipt).toContain('Өтініш (стандарттың 1-қосымшасына сәйкес нысан бойынша)');
      expect(receipt).toContain('Сенімхат (өкіл жүгінген жағдайда)');
      pdfPng(receiptFile, 'pdf-refusal');
      await page.getByRole('button', { name: 'Істі ашу' }).click();
      await expect(page.getByTestId('case-status')).toHaveText('Қабылдаудан бас тартылды');
    });

    test('a half-filled application is restored after the window is closed', async () => {
      await page.getByTestId('nav-new').click();
      await page.getByTestId('discard').click();
      await page.getByTestId('service-search').fill('он сегіз');
      await page.locator('[data-service="child-benefit-under-18"]').click();
      await page.getByTestId('iin').fill(APPLICANT.iin);
      await page.getByLabel('Тегі', { exact: true }).fill('Жарты');
      await page.waitForTimeout(600);
      await page.close();
      page = await context.newPage();
      await page.goto('./');
      await signIn(page);
      await page.getByTestId('nav-new').click();
      await expect(page.getByTestId('draft-restored')).toBeVisible();
      await expect(page.getByLabel('Тегі', { exact: true })).toHaveValue('Жарты');
      await expect(page.getByTestId('chosen-service')).toBeVisible();
      await page.getByTestId('discard').click();
    });

    test('the data survives closing and reopening the browser', async () => {
      await context.close();
      await launch();
      await page.goto('./');
      await signIn(page);
      // Issue 14: the lists with cases first, every empty one folded into one line after them.
      const today = page.getByTestId('today-ready');
      await expect(today.locator('section').first().locator('h2 .badge')).not.toHaveText('0');
      await expect(today.getByTestId('today-empty')).toContainText('Бос тізімдер: ');
      expect(await today.evaluate((el) => el.lastElementChild?.getAttribute('data-testid'))).toBe('today-empty');
      await screenshot(page, 'today-kk');
      await setLanguage(page, 'ru');
      await screenshot(page, 'today-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      await expect(page.getByTestId('count-dueToday').or(page.getByTestId('count-overdue')).first()).toBeVisible();
    });

    test('search finds the case by IIN prefix and by a Kazakh surname typed in lower case', async () => {
      await page.getByTestId('nav-search').click();
      await page.getByTestId('search-input').fill(APPLICANT.iin.slice(0, 6));
      await expect(page.getByRole('cell', { name: caseNumber })).toBeVisible();
      await page.getByTestId('search-input').fill('өтемісова');
      await expect(page.getByTestId('search-count')).toContainText('Тегі бойынша: 1');
      await expect(page.getByRole('cell', { name: caseNumber })).toBeVisible();
      await screenshot(page, 'search-kk');
      await setLanguage(page, 'ru');
      await screenshot(page, 'search-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
    });

    test('the case page shows the timeline and due moments, and a reprinted talon is marked as a duplicate', async () => {
      await page.getByRole('cell', { name: caseNumber }).click();
      await expect(page.getByRole('heading', { name: `Іс № ${caseNumber}` })).toBeVisible();
      await expect(page.getByText('Өтініш тіркелді')).toBeVisible();
      await expect(page.getByTestId('case-result-date')).toHaveText(resultDate);
      const dup = pdfText(await savePdf(page, 'reprint-talon', downloads, 'talon-dup.pdf'));
      expect(dup).toContain('ТЕЛНҰСҚА');
      await expect(page.getByText('Нысан қайта басып шығарылды (телнұсқа)')).toBeVisible();
      // Only PDF, JPEG and PNG are accepted.
      await page.getByTestId('attach-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await expect(page.getByTestId('attach-message')).toHaveText('Бұл файл қабылданбайды: тек PDF, JPEG не PNG');
      await screenshot(page, 'case-kk');
      await setLanguage(page, 'ru');
      await screenshot(page, 'case-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
    });

    test('the incoming register lists both applications and prints', async () => {
      await page.getByTestId('nav-register').click();
      await expect(page.getByRole('cell', { name: caseNumber })).toBeVisible();
      await expect(page.getByText('Барлығы: 2')).toBeVisible();
      const registerFile = await savePdf(page, 'register', downloads, 'register.pdf');
      const register = pdfText(registerFile);
      expect(register).toContain(caseNumber);
      expect(register).toContain('Әбілқасымов');
      pdfPng(registerFile, 'pdf-register');
      await screenshot(page, 'register-kk');
      await setLanguage(page, 'ru');
      await screenshot(page, 'register-ru');
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
    });

    test('a registration after the reception closes is confirmed, counted from the next opening and explained on the case page', async () => {
      // Tuesday 1 December 2026, 17:45: the working day runs to 18:00, the reception (seed 003) closed at 17:30.
      await context.clock.setFixedTime(new Date(2026, 11, 1, 17, 45));
      await page.reload();
      // The session survives a reload; sign in only where it did not.
      await expect(page.getByTestId('nav-new').or(page.getByLabel('Құпиясөз'))).toBeVisible();
      if (await page.getByLabel('Құпиясөз').isVisible()) await signIn(page);
      await fillApplication(page, REFUSED);
      await page.getByTestId('doc-application-original').check();
      await page.getByTestId('consent-signed').check();
      await expect(page.getByTestId('outside-reception')).toContainText('Қабылдау уақыты аяқталды.');
      await expect(page.getByTestId('outside-reception')).toContainText('02.12.2026 09:00 бастап');
      await expect(page.getByTestId('register')).toBeDisabled();
      await screenshot(page, 'outside-reception-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('outside-reception')).toContainText('Сроки по заявлению исчисляются с 02.12.2026 09:00');
      await screenshot(page, 'outside-reception-ru');
      await setLanguage(page, 'kk');
      await page.getByTestId('outside-reception-confirm').check();
      await page.getByTestId('register').click();
      await expect(page.getByTestId('intake-result')).toContainText('Өтініш тіркелді');
      await page.getByRole('button', { name: 'Істі ашу' }).click();
      await page.getByTestId('due-explanation-toggle').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('due-explanation-rule')).toContainText('171–173');
      await expect(page.getByTestId('due-explanation-terms-run-from')).toContainText('02.12.2026 09:00');
      await expect(page.getByTestId('due-explanation-days-off')).toContainText('16 желтоқсан — Тәуелсіздік күні');
      await page.getByTestId('due-explanation').scrollIntoViewIfNeeded();
      await screenshot(page, 'case-explained-kk');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('due-explanation-days-off')).toContainText('16 декабря');
      await expect(page.getByTestId('due-explanation')).toContainText('Как исчислен срок');
      await screenshot(page, 'case-explained-ru');
      await setLanguage(page, 'kk');
    });

    test('a newer version opened in another window closes this one with a clear message, and keeps the data', async () => {
      await page.getByTestId('nav-today').click();
      const other = await context.newPage();
      await other.goto('./');
      // Another window upgrades the database (as a newer build of the app would).
      await other.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const probe = indexedDB.open('akimat-desk');
            probe.onsuccess = () => {
              const version = probe.result.version;
              probe.result.close();
              const upgrade = indexedDB.open('akimat-desk', version + 1);
              upgrade.onsuccess = () => {
                upgrade.result.close();
                resolve();
              };
              upgrade.onerror = () => reject(upgrade.error);
            };
          }),
      );
      await expect(page.getByTestId('storage-problem')).toContainText('Бағдарлама басқа терезеде жаңартылды');
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('storage-problem')).toContainText('Программа обновлена в другом окне');
      const cases = await other.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('akimat-desk');
            open.onsuccess = () => {
              const count = open.result.transaction('cases').objectStore('cases').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(cases).toBe(3);
      await other.close();
    });
  });
