// The quality indicators of seed 002's appendix, end to end on one akimat PC
// (Debian Chromium, built renderer): two TSA certificates handed over on the
// spot — one consumer answers the survey, the other skips it — then the
// Indicators page shows the computed values against their norms with the counts
// behind them, and the monthly report prints with the same figures.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unitStreamId } from '../shared/unit/stream-id';
import { closeProfile, launchProfile } from './fixtures/browser';
import { idb } from './fixtures/idb';
import {
  caseNumberIn,
  fillApplicant,
  kazakhOnlyText,
  OFFICE,
  pdfText,
  registerFilled,
  savePdf,
  screenshotBoth,
  setUpOffice,
  signIn,
} from './fixtures/intake';
import { applicant } from './fixtures/sync';

const SCREENS = '/tmp/screens-quality';
mkdirSync(SCREENS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'akimat-quality-'));
const pdfs = mkdtempSync(join(tmpdir(), 'akimat-quality-pdf-'));
let context: BrowserContext;
let page: Page;

// The applicants' surnames (applicant(n)) are user data, in Kazakh whatever the language;
// recharts (the statistics screen, passed on the way) leaves its hidden text-measuring span.
const noKazakhLeft = async (p: Page) => {
  await p.evaluate(() => document.getElementById('recharts_measurement_span')?.remove());
  expect((await kazakhOnlyText(p)).filter((l) => !l.includes('Сейітова'))).toEqual([]);
};

let firstCase = '';

/** Registers a TSA certificate application and opens its case, at the certificate desk; returns its number. */
async function certificateCase(n: number): Promise<string> {
  await page.getByTestId('nav-new').click();
  if (await page.getByTestId('discard').isVisible()) await page.getByTestId('discard').click();
  await page.getByTestId('service-search').fill('анықтама');
  await page.locator('[data-service="asp-recipient-certificate"]').first().click();
  await fillApplicant(page, applicant(n));
  await page.getByTestId('doc-application-original').check();
  await registerFilled(page);
  await expect(page.getByTestId('intake-result')).toContainText('Өтініш тіркелді: № ');
  const number = await caseNumberIn(page.getByTestId('intake-result'));
  await page.getByRole('button', { name: 'Істі ашу' }).click();
  await expect(page.getByTestId('certificate-desk')).toBeVisible();
  return number;
}

const row = (code: string) => page.getByTestId(`indicator-${code}`);

test.describe
  .serial('quality indicators', () => {
    test.beforeAll(async () => {
      ({ context, page } = await launchProfile(profile, { acceptDownloads: true }));
      await page.goto('./');
      await setUpOffice(page, OFFICE, 'akim');
      await expect(page.getByRole('button', { name: 'Кіру' })).toBeVisible();
      await signIn(page);
    });
    test.afterAll(() => closeProfile(context, profile));

    test('a survey answered at one hand-over and skipped at another; only the answers are kept', async () => {
      firstCase = await certificateCase(1);
      const survey = page.getByTestId('survey');
      await expect(survey).toContainText('Сауалнама (міндетті емес)');
      await page.getByTestId('survey-process').selectOption('yes');
      await page.getByTestId('survey-information').selectOption('no');
      await page.getByTestId('survey-courtesy').selectOption('yes');
      await page.getByTestId('survey-wait').selectOption('upTo40');
      await screenshotBoth(page, 'survey', SCREENS, noKazakhLeft);
      await page.getByTestId('hand-over-submit').click();
      await expect(page.getByTestId('handed-over')).toContainText('Сейітова-1');

      await certificateCase(2);
      await page.getByTestId('hand-over-submit').click();
      await expect(page.getByTestId('handed-over')).toContainText('Сейітова-2');

      const stream = await idb<Array<{ type: string; payload: unknown }>>(page, {
        store: 'events',
        index: 'caseId',
        key: unitStreamId('office', OFFICE.officeCode),
      });
      const surveys = stream.filter((e) => e.type === 'surveyAnswered');
      expect(surveys).toHaveLength(1);
      expect(surveys[0].payload).toMatchObject({
        serviceId: 'kzo-590-2014/asp-recipient-certificate',
        answers: { process: 'yes', information: 'no', courtesy: 'yes', wait: 'upTo40' },
      });
      expect(JSON.stringify(surveys[0].payload)).not.toContain('Сейітова');
    });

    test('the Indicators page shows the month against the norms, with the counts behind each value', async () => {
      // On an akimat PC the indicators open from the statistics screen (the header has no room left).
      await page.getByTestId('nav-stats').click();
      await page.getByTestId('open-quality').click();
      await expect(page.getByTestId('quality-screen')).toBeVisible();
      await expect(page.getByTestId('quality-month')).toHaveValue(new Date().toISOString().slice(0, 7));
      // 1.1: both certificates were ready by their day.
      await expect(row('1.1').getByTestId('counts')).toHaveText('2 / 2');
      await expect(row('1.1').getByTestId('value')).toHaveText('100');
      await expect(row('1.1').getByTestId('norm')).toHaveText('кемінде 98');
      await expect(row('1.1').getByTestId('verdict')).toHaveText('сай');
      // Survey shares: one consumer answered; the skipped survey counts nowhere.
      await expect(row('2.1').getByTestId('counts')).toHaveText('1 / 1');
      await expect(row('3.1').getByTestId('counts')).toHaveText('0 / 1');
      await expect(row('3.1').getByTestId('value')).toHaveText('0');
      await expect(row('3.1').getByTestId('verdict')).toHaveText('сай емес');
      await expect(row('1.2').getByTestId('counts')).toHaveText('1 / 1');
      await expect(row('5.1').getByTestId('value')).toHaveText('100');
      await expect(row('4.3').getByTestId('value')).toHaveText('кезеңде есептейтін дерек жоқ');
      await expect(row('3.2').getByTestId('counts')).toHaveText('2 / 2');
      await expect(row('3.3').getByTestId('value')).toHaveText('бағдарлама тіркемейді');
      // No complaint in the journal: none justified of the two served, within the 0,4 ceiling.
      await expect(row('4.1').getByTestId('counts')).toHaveText('0 / 2');
      await expect(row('4.1').getByTestId('norm')).toHaveText('ең көбі 0,4');
      await expect(row('4.1').getByTestId('verdict')).toHaveText('сай');
      await screenshotBoth(page, 'indicators', SCREENS, noKazakhLeft);
      await expect(page.getByTestId('quality-notes')).toContainText('1.2');

      // Last month: nothing to count.
      const last = new Date();
      last.setDate(0);
      await page.getByTestId('quality-month').selectOption(last.toISOString().slice(0, 7));
      await expect(row('1.1').getByTestId('value')).toHaveText('кезеңде есептейтін дерек жоқ');
    });

    test('the monthly report prints the same values and counts', async () => {
      await page.getByTestId('quality-month').selectOption(new Date().toISOString().slice(0, 7));
      await expect(row('1.1').getByTestId('counts')).toHaveText('2 / 2');
      const file = await savePdf(page, 'quality-print', pdfs, 'monthly-report.pdf');
      const text = pdfText(file).replace(/\s+/g, ' ');
      expect(text).toContain('айлық есеп');
      expect(text).toContain('Месячный отчёт');
      expect(text).toContain(OFFICE.nameKk);
      expect(text).toMatch(/1\.1 .*кемінде 98 100 2 ?\/ ?2 сай/);
      expect(text).toMatch(/3\.1 .*кемінде 88 0 0 ?\/ ?1 сай емес/);
      expect(text).toMatch(/4\.1 .*ең көбі 0,4 0 0 ?\/ ?2 сай/);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENS, 'monthly-report')]);
    });

    test('the indicators export to XLSX with the values and counts of the screen', async () => {
      const download = page.waitForEvent('download');
      await page.getByTestId('quality-export-xlsx').click();
      const file = join(pdfs, 'indicators.xlsx');
      await (await download).saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const byCode = new Map<string, unknown[]>();
      sheet.eachRow((r) => {
        const values = (r.values as unknown[]).slice(1);
        byCode.set(String(values[0]), values);
      });
      expect(byCode.size).toBe(13);
      expect(byCode.get('1.1')?.slice(2)).toEqual([0.98, 1, 2, 2, 'сай']);
      expect(byCode.get('3.1')?.slice(2)).toEqual([0.88, 0, 0, 1, 'сай емес']);
      expect(byCode.get('4.1')?.slice(2)).toEqual([0.004, 0, 0, 2, 'сай']);
    });

    test('a justified complaint answered after its term counts in 4.1 and against 4.2', async () => {
      const month = new Date().toISOString().slice(0, 7);
      await page.getByTestId('nav-complaints').click();
      await page.getByTestId('complaint-register').click();
      await page.getByTestId('complaint-case-number').fill(firstCase);
      await page.getByTestId('complainant-name').fill('Сейітова-1 Гүлнәр');
      await page.getByTestId('complaint-subject').fill('Анықтама туралы ақпарат толық берілмеді');
      await page.getByTestId('complaint-subject').press('Control+Enter');
      await expect(page.getByTestId('complaint-page')).toBeVisible();
      // Three weeks later, well past its 5 working days, the akim answers: justified, late.
      await context.clock.setFixedTime(new Date(Date.now() + 21 * 24 * 3600 * 1000));
      await page.reload();
      if (await page.getByLabel('Құпиясөз').isVisible()) await signIn(page);
      await expect(page.getByTestId('complaint-page')).toBeVisible();
      await page.getByTestId('complaint-answer-text').fill('Шағым қаралды, негізді деп танылды.');
      await page.getByTestId('complaint-justified-yes').check();
      await page.getByTestId('complaint-answer-submit').click();
      await expect(page.getByTestId('complaint-status')).toContainText('Кешігіп жауап берілді');

      await page.getByTestId('nav-stats').click();
      await page.getByTestId('open-quality').click();
      await page.getByTestId('quality-month').selectOption(month);
      await expect(row('4.1').getByTestId('counts')).toHaveText('1 / 2');
      await expect(row('4.1').getByTestId('value')).toHaveText('50');
      await expect(row('4.1').getByTestId('verdict')).toHaveText('сай емес');
      await expect(row('4.2').getByTestId('counts')).toHaveText('0 / 1');
      await expect(row('4.2').getByTestId('verdict')).toHaveText('сай емес');
      await screenshotBoth(page, 'indicators-complaint', SCREENS, noKazakhLeft);
    });
  });
