// The counter as its users want it (issue 14), in Debian Chromium against the
// built renderer and the real sync server: a child-benefit application taken by
// keyboard alone (keys counted), every search a clerk types finds its case, a
// returning citizen's details come from the last case, and the talon's QR opens
// the public status page, which shows no personal data. The district inbox's
// sorting and filters are shown by e2e/district.spec.ts.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { execFileSync } from 'node:child_process';
import { makeIin } from '../shared/iin/iin';
import { STATUS_PAGE_TEXTS } from '../sync-server/src/routes/status-page-texts';
import { idb, pendingEvents } from './fixtures/idb';
import {
  APPLICANT,
  caseNumberIn,
  confirmOutsideReception,
  fillApplication,
  kazakhOnlyText,
  pdfPng,
  savePdf,
  screenshot,
  screenshotBoth,
  setUpOfficeAndSignIn,
} from './fixtures/intake';
import { CountedKeyboard } from './fixtures/keyboard';
import { goHash } from './fixtures/navigation';
import { issueCode, type RunningServer, startServerAndPc, stopServerAndPc, submitEnrollment, syncUntil } from './fixtures/sync';

const DIR = '/tmp/screens-counter';
const profile = mkdtempSync(join(tmpdir(), 'akimat-counter-'));
const pdfs = mkdtempSync(join(tmpdir(), 'akimat-counter-pdf-'));
let server: RunningServer;
let page: Page;
let context: Awaited<ReturnType<typeof startServerAndPc>>['context'];

/** The citizen taken by keyboard: a surname with Kazakh letters, a daughter under 18. */
const CITIZEN = {
  iin: makeIin('1986-07-14', 'male', 321)!,
  surname: 'Құрманғалиев',
  name: 'Ерғали',
  patronymic: 'Серікұлы',
  idNumber: '045678912',
  idIssuer: 'ҚР ІІМ',
  idDate: '20052019',
  address: 'Ақсу а., Абай к., 12',
  phone: '87015551234',
};
const CHILD = { iin: makeIin('2016-03-15', 'female', 222)!, surname: 'Құрманғалиева', name: 'Аяулым', relation: 'қызы' };
const REPRESENTED = { ...APPLICANT, iin: makeIin('1990-02-11', 'female', 455)!, surname: 'Бекмағамбетова', name: 'Сәуле' };
const AGENT = { fullName: 'Жұмабекова Гүлнар Асқарқызы', iin: makeIin('1975-09-30', 'female', 118)! };
/** What the spec typed, which may keep its Kazakh letters on a Russian screen. */
const TYPED = [...Object.values(CITIZEN), ...Object.values(CHILD), REPRESENTED.surname, REPRESENTED.name, AGENT.fullName, 'Әлімова Д.'];

/** The Russian screen has no Kazakh-only letters outside what was typed into it. */
async function noKazakhLetters(p: Page): Promise<void> {
  const lines = (await kazakhOnlyText(p)).map((line) => TYPED.reduce((rest, datum) => rest.split(datum).join(' '), line));
  expect(lines.filter((line) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(line))).toEqual([]);
}
let number = '';
let resultDate = '';
let talonFile = '';

test.describe
  .serial('the counter, keyboard first', () => {
    test.beforeAll(async () => {
      const started = await startServerAndPc(profile);
      ({ server, page, context } = started);
    });
    test.afterAll(() => stopServerAndPc({ context, server }, profile));

    test('the office is set up and enrolled, so the talon points to the server', async () => {
      await page.goto('./');
      await setUpOfficeAndSignIn(page);
      await page.getByTestId('sync-badge').click();
      await submitEnrollment(page, server.process.url, await issueCode(server.store));
      await expect(page.getByTestId('enroll-result')).toContainText('Қосылды');
      await goHash(page, '/');
      await expect(page.getByTestId('today-ready')).toBeVisible();
    });

    test('a child-benefit application is taken by keyboard alone to a printed talon, the keys counted', async () => {
      const keys = new CountedKeyboard(page);
      const field = (label: string) => page.getByLabel(label, { exact: true });
      await page.locator('body').focus();
      await keys.press('F3');
      const search = page.getByTestId('service-search');
      await keys.expectFocus(search);
      // The service list answers the arrows from the search field; Enter chooses the highlighted one.
      await keys.type('он сегіз');
      await keys.press('ArrowDown');
      await keys.press('ArrowUp');
      await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveAttribute('data-service', 'child-benefit-under-18');
      await screenshot(page, 'intake-service-list-kk', DIR);
      await keys.expectFocus(search);
      await keys.press('Enter');
      await expect(page.getByTestId('chosen-service')).toContainText('Он сегіз жасқа дейінгі');
      await keys.expectFocus(page.getByTestId('iin'));
      await keys.type(CITIZEN.iin);
      for (const [label, value] of [
        ['Тегі', CITIZEN.surname],
        ['Аты', CITIZEN.name],
        ['Әкесінің аты', CITIZEN.patronymic],
        ['Жеке куәлік нөмірі', CITIZEN.idNumber],
        ['Кім берген', CITIZEN.idIssuer],
        ['Берілген күні', CITIZEN.idDate],
        ['Мекенжайы', CITIZEN.address],
        ['Телефоны', CITIZEN.phone],
      ] as const) {
        await keys.tabTo(field(label).first());
        await keys.type(value);
      }
      // The date typed day first is kept as that day, shown dd.mm.yyyy once left.
      await expect(field('Берілген күні')).toHaveValue('20.05.2019');
      // "Add family member" puts the cursor in the new row; the child's IIN is checked as it is typed.
      await keys.tabTo(page.getByRole('button', { name: '+ Отбасы мүшесін қосу' }), 3);
      await keys.press('Enter');
      const row = page.locator('.row.family').first();
      await keys.expectFocus(page.getByTestId('family-0-iin'));
      await keys.type(CHILD.iin);
      await expect(row.locator('.msg.hint')).toContainText('15.03.2016');
      for (const [label, value] of [
        ['Тегі', CHILD.surname],
        ['Аты', CHILD.name],
        ['Туыстығы', CHILD.relation],
      ] as const) {
        await keys.tabTo(row.getByLabel(label, { exact: true }));
        await keys.type(value);
      }
      await keys.tabTo(page.getByTestId('doc-application-original'), 6);
      await keys.press('Space');
      await expect(page.getByTestId('missing')).toHaveCount(0);
      await keys.tabTo(page.getByTestId('consent-signed'), 6);
      await keys.press('Space');
      if (await page.getByTestId('outside-reception').isVisible()) {
        await keys.tabTo(page.getByTestId('outside-reception-confirm'), 2);
        await keys.press('Space');
      }
      await screenshot(page, 'intake-keyboard-kk', DIR);
      await keys.tabTo(page.getByTestId('register'), 3);
      await keys.press('Enter');
      const result = page.getByTestId('intake-result');
      await expect(result).toContainText('Өтініш тіркелді: № ');
      number = await caseNumberIn(result);
      resultDate = (await result.textContent())!.match(/\d{2}\.\d{2}\.\d{4}/)![0];
      console.log(
        `keyboard-only intake: ${keys.count} keystrokes; Tab detours: ${keys.detours.join(' | ') || 'none'}; traps: ${keys.traps.join(' | ') || 'none'}`,
      );
      expect(keys.traps).toEqual([]);
      expect(keys.count).toBeLessThanOrEqual(210);
      talonFile = await savePdf(page, 'talon', pdfs, `talon-${number}.pdf`);
    });

    test('a returning citizen: Enter on the IIN takes the details of the last case', async () => {
      await page.getByRole('button', { name: 'Келесі өтініш' }).press('Enter');
      await page.getByTestId('service-search').fill('он сегіз');
      await screenshotBoth(page, 'intake-service-list', DIR, noKazakhLetters);
      await page.getByTestId('service-search').press('Enter');
      await page.getByTestId('iin').fill(CITIZEN.iin);
      await expect(page.getByTestId('returning-offer')).toContainText(number);
      await expect(page.getByLabel('Тегі', { exact: true }).first()).toHaveValue('');
      await screenshotBoth(page, 'intake-returning', DIR, noKazakhLetters);
      await page.getByTestId('iin').press('Enter');
      await expect(page.getByTestId('returning-filled')).toBeVisible();
      // The cursor stays where the clerk was; the filled family row does not take it.
      await expect(page.getByTestId('iin')).toBeFocused();
      await expect(page.getByLabel('Тегі', { exact: true }).first()).toHaveValue(CITIZEN.surname);
      await expect(page.getByLabel('Мекенжайы')).toHaveValue(CITIZEN.address);
      await expect(page.getByLabel('Берілген күні')).toHaveValue('20.05.2019');
      await expect(page.getByTestId('family-0-iin')).toHaveValue(CHILD.iin);
      await screenshotBoth(page, 'intake-filled', DIR, noKazakhLetters);
      await page.getByTestId('discard').click();
    });

    test('an application by a representative is taken (for the search by their surname)', async () => {
      await fillApplication(page, REPRESENTED);
      await page.getByTestId('represented').check();
      await page.getByLabel('Өкілдің Т.А.Ә.').fill(AGENT.fullName);
      await page.getByLabel('Өкілдің ЖСН').fill(AGENT.iin);
      await page.getByLabel('Сенімхат нөмірі').fill('СН-1045');
      await page.getByLabel('Сенімхат күні').fill('01.11.2026');
      await page.getByLabel('Нотариус').fill('Әлімова Д.');
      for (const box of await page.locator('tr[data-doc] [data-testid$="-original"]').all()) await box.check();
      await page.getByTestId('consent-signed').check();
      await confirmOutsideReception(page);
      await page.getByTestId('register').click();
      await expect(page.getByTestId('intake-result')).toContainText('Өтініш тіркелді');
    });

    test('every search the issue names finds its case', async () => {
      const [summary] = await idb<Array<{ shortCode: string }>>(page, { store: 'cases', index: 'number', key: number });
      const shortCode = summary!.shortCode;
      await page.locator('body').press('F4');
      const input = page.getByTestId('search-input');
      await expect(input).toBeFocused();
      const finds = async (typed: string, expected: string) => {
        await input.fill(typed);
        await expect(page.locator('table tbody'), `search "${typed}"`).toContainText(expected);
      };
      await finds('курман', number);
      await finds('Құрманғалиев Ерғали', number);
      await finds('ерғали құрманғалиев', number);
      await finds('Ерғали', number);
      await finds(shortCode.slice(0, 4).toLowerCase(), number);
      await finds(CHILD.iin, number);
      await finds('Жұмабекова', REPRESENTED.surname);
      await finds('пособие', number);
      await finds('курман', number);
      await screenshotBoth(page, 'search', DIR, noKazakhLetters);
    });

    test("the talon's QR opens the public status page, which shows service, status and result date and nothing personal", async () => {
      await syncUntil(page, async () => (await pendingEvents(page)) === 0);
      pdfPng(talonFile, 'counter-talon');
      const prefix = join(pdfs, 'talon-qr');
      execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', talonFile, prefix]);
      const png = PNG.sync.read(readFileSync(`${prefix}.png`));
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
      expect(qr).toMatch(new RegExp(`^${server.process.url.replace(/[.]/g, '\\.')}/s/[A-Z0-9]{4}-[A-Z0-9]{4}$`));
      const status = await page.context().newPage();
      await status.goto(qr!);
      const text = (await status.locator('body').textContent()) ?? '';
      expect(text).toContain('Он сегіз жасқа дейінгі');
      expect(text).toContain(STATUS_PAGE_TEXTS.kk.statuses.registered);
      expect(text).toContain(resultDate);
      for (const secret of [CITIZEN.surname, CITIZEN.name, CITIZEN.iin, CITIZEN.phone, CITIZEN.address, CHILD.iin, CHILD.name, number])
        expect(text).not.toContain(secret);
      await status.screenshot({ path: join(DIR, 'status-page-kk.png'), fullPage: true });
      await status.goto(`${qr}?lang=ru`);
      await expect(status.locator('body')).toContainText('пособия');
      await expect(status.locator('body')).toContainText(STATUS_PAGE_TEXTS.ru.statuses.registered);
      expect(await status.locator('body').textContent()).not.toContain(CITIZEN.surname);
      await status.screenshot({ path: join(DIR, 'status-page-ru.png'), fullPage: true });
      await status.close();
    });
  });
