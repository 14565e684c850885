// The complaints journal at the akimat: a complaint about a registered case is
// taken on Monday 23 November 2026 at 10:15, its tear-off talon printed (date
// AND time, who accepted it, the term: 5 working days → 30.11.2026); on
// 2 December it shows overdue on Today; the akim answers it then, so it is
// answered late; the journal for the period prints with it.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { closeProfile, launchProfile } from './fixtures/browser';
import {
  APPLICANT,
  CLERK,
  kazakhOnlyText,
  OFFICE,
  pdfPng,
  pdfText,
  registerApplication,
  savePdf,
  screenshotBoth,
  setUpOffice,
  signIn,
} from './fixtures/intake';
import { goHash } from './fixtures/navigation';

const SHOTS = '/tmp/screens-complaints';
mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'akimat-complaints-'));
const downloads = mkdtempSync(join(tmpdir(), 'akimat-complaints-pdf-'));
let context: BrowserContext;
let page: Page;
let caseNumber = '';
let complaintNumber = '';

const COMPLAINANT = 'Әбілқасымова Гүлжан';
const SUBJECT = 'Анықтама уақытында берілмеді, қызметкер дөрекі сөйледі';
const ANSWER = 'Шағым қаралды. Анықтама 02.12.2026 берілді, қызметкерге ескерту жасалды.';
/** No Kazakh left on the Russian screen, beyond what was typed into the complaint. */
const noKazakhLeft = async (p: Page) =>
  expect(
    (await kazakhOnlyText(p)).filter((line) => ![COMPLAINANT, 'Гүлжан', SUBJECT, ANSWER].some((typed) => line.includes(typed))),
  ).toEqual([]);

async function at(date: Date): Promise<void> {
  await context.clock.setFixedTime(date);
  await page.reload();
  await expect(page.getByTestId('sign-out').or(page.getByLabel('Құпиясөз'))).toBeVisible();
  if (await page.getByLabel('Құпиясөз').isVisible()) await signIn(page);
}

test.describe
  .serial('complaints journal at the akimat', () => {
    test.beforeAll(async () => {
      ({ context, page } = await launchProfile(profile, { acceptDownloads: true }));
      await context.clock.setFixedTime(new Date(2026, 10, 23, 10, 15));
      await page.goto('./');
    });
    test.afterAll(() => closeProfile(context, profile));

    test('a complaint about a case is registered from the keyboard and its talon shows the date and time of acceptance', async () => {
      await setUpOffice(page, OFFICE, 'akim', CLERK);
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await signIn(page);
      caseNumber = await registerApplication(page, APPLICANT);

      await page.getByTestId('nav-complaints').click();
      await expect(page.getByTestId('complaints-journal')).toBeVisible();
      await page.getByTestId('complaint-register').click();
      // Nothing typed: the required fields are named and nothing is written.
      await page.getByTestId('complaint-submit').click();
      await expect(page.getByTestId('complaint-form')).toContainText('Толтыру міндетті');
      await page.getByTestId('complaint-case-number').fill('0512-26Z-9999');
      await page.getByTestId('complainant-name').fill(COMPLAINANT);
      await page.getByTestId('complaint-subject').fill(SUBJECT);
      await page.getByTestId('complaint-subject').press('Control+Enter');
      await expect(page.getByTestId('complaint-form')).toContainText('Мұндай нөмірлі іс бұл компьютерде жоқ');
      await page.getByTestId('complaint-case-number').fill(caseNumber);
      await page.getByTestId('complainant-phone').fill('+7 701 555 12 34');
      await page.getByTestId('complaint-subject').press('Control+Enter');

      await expect(page.getByTestId('complaint-page')).toBeVisible();
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property
      complaintNumber = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Шағым ', '');
      expect(complaintNumber).toMatch(/^Ш-0512-26[A-Z]-0001$/);
      await expect(page.getByTestId('complaint-status')).toContainText('Қаралуда');
      await expect(page.getByTestId('complaint-due')).toContainText('30.11.2026');
      await expect(page.getByTestId('complaint-due-explained')).toContainText('5 жұмыс күні (003:L289): 23.11.2026 → 30.11.2026');

      const talon = pdfText(await savePdf(page, 'complaint-talon', downloads, 'complaint-talon.pdf'));
      expect(talon).toContain(complaintNumber);
      expect(talon.match(/23\.11\.2026 10:15/g)?.length).toBe(2);
      expect(talon).toContain('Сәрсенова Ә.');
      expect(talon).toContain('30.11.2026');
      pdfPng(join(downloads, 'complaint-talon.pdf'), 'complaint-talon');
    });

    test('past its term it is overdue on Today and on its page', async () => {
      await at(new Date(2026, 11, 2, 11, 0));
      await goHash(page, '/today');
      await expect(page.getByTestId('today-complaints')).toBeVisible();
      await expect(page.getByTestId('today-complaint')).toContainText(complaintNumber);
      await expect(page.getByTestId('today-complaint')).toContainText('Мерзімі өтті');
      await page.getByTestId('today-complaint').getByRole('link').click();
      await expect(page.getByTestId('complaint-status')).toContainText('Мерзімі өтті');
    });

    test('answered by the akim after its term, it is shown answered late; the answer letter prints in Kazakh and Russian', async () => {
      await page.getByTestId('complaint-answer-submit').click();
      await expect(page.getByTestId('complaint-answer-form')).toContainText('Толтыру міндетті');
      await page.getByTestId('complaint-answer-text').fill(ANSWER);
      await page.getByTestId('complaint-justified-yes').check();
      await page.getByTestId('complaint-answer-submit').click();
      await expect(page.getByTestId('complaint-status')).toContainText('Кешігіп жауап берілді');
      await expect(page.getByTestId('complaint-answer')).toContainText('негізді');
      const kk = pdfText(await savePdf(page, 'complaint-answer-kk', downloads, 'answer-kk.pdf'));
      expect(kk).toContain('Шағым негізді деп танылды.');
      expect(kk).toContain(complaintNumber);
      const ru = pdfText(await savePdf(page, 'complaint-answer-ru', downloads, 'answer-ru.pdf'));
      expect(ru).toContain('Жалоба признана обоснованной.');
      pdfPng(join(downloads, 'answer-ru.pdf'), 'complaint-answer-ru');

      await page.getByTestId('complaint-delivery-post').check();
      await page.getByTestId('complaint-delivery-submit').click();
      await expect(page.getByTestId('complaint-delivered')).toContainText('Поштамен жіберілді');
      await expect(page.getByTestId('complaint-timeline').locator('li')).toHaveCount(3);
      await screenshotBoth(page, 'complaint-page', SHOTS, noKazakhLeft);
    });

    test('the journal for the period lists it as answered late and prints', async () => {
      await page.getByTestId('nav-complaints').click();
      await page.getByTestId('journal-from').fill('2026-11-01');
      await expect(page.getByTestId('journal-row')).toHaveCount(1);
      await expect(page.getByTestId('journal-row')).toContainText('Кешігіп жауап берілді');
      await page.getByTestId('journal-filter-overdue').click();
      await expect(page.getByTestId('journal-row')).toHaveCount(0);
      await page.getByTestId('journal-filter-all').click();
      const journal = pdfText(await savePdf(page, 'complaint-journal', downloads, 'journal.pdf'));
      expect(journal).toContain(complaintNumber);
      expect(journal).toContain('23.11.2026 10:15');
      expect(journal).toContain('кешіктірілді');
      pdfPng(join(downloads, 'journal.pdf'), 'complaint-journal');
      await screenshotBoth(page, 'complaint-journal', SHOTS, noKazakhLeft);
      // The journal exports to a spreadsheet with what the screen shows.
      const waiting = page.waitForEvent('download');
      await page.getByTestId('complaint-journal-export-xlsx').click();
      const file = join(downloads, 'journal.xlsx');
      await (await waiting).saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0];
      expect(sheet.rowCount).toBe(2);
      const cells = (sheet.getRow(2).values as unknown[]).map((v) => (v instanceof Date ? 'date' : String(v ?? '')));
      expect(cells).toContain(complaintNumber);
      expect(cells).toContain('date');
      expect(cells).toContain('✓');
      await goHash(page, '/today');
      await expect(page.getByTestId('today-ready')).toBeVisible();
      await expect(page.getByTestId('today-complaints')).toHaveCount(0);
    });
  });
