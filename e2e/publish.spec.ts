// A calendar version published by the administrator reaches an enrolled PC:
// a NEW registration's talon date follows the decree day off, an existing
// case keeps the date printed on its talon. A broken catalog publication is
// refused on the PC with a kk/ru message and changes nothing.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_CALENDAR, addWorkingDays, type CalendarData } from '../shared/calendar';
import { loadCatalogFile } from '../shared/catalog/load';
import { DEFAULT_OFFICE_HOURS, computeDeadlines } from '../shared/deadlines';
import { printedDate } from '../shared/forms/input';
import { runAdmin } from '../sync-server/src/admin/cli';
import { kazakhOnlyText, setLanguage, setUpOfficeAndSignIn, signIn } from './fixtures/intake';
import {
  applicant,
  issueCode,
  openSyncPanel,
  registerCase,
  startServerAndPc,
  stopServerAndPc,
  submitEnrollment,
  SYNC_SCREENS_DIR,
  type RunningServer,
} from './fixtures/sync';

const profile = mkdtempSync(join(tmpdir(), 'akimat-publish-e2e-profile-'));
const workDir = mkdtempSync(join(tmpdir(), 'akimat-publish-e2e-'));
mkdirSync(SYNC_SCREENS_DIR, { recursive: true });
// The service fillApplication chooses.
const entry = loadCatalogFile(JSON.parse(readFileSync('shared/catalog/seed/kzo-590-2014.json', 'utf8'))).find(
  (e) => e.id === 'kzo-590-2014/child-benefit-under-18',
)!;
let context: BrowserContext;
let page: Page;
let server: RunningServer;

/** The browser's local clock as the app reads it ("YYYY-MM-DDTHH:mm"). */
const browserMoment = () =>
  page.evaluate(() => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });

test.describe
  .serial('catalog and calendar versions published by the administrator', () => {
    test.beforeAll(async () => {
      ({ server, context, page } = await startServerAndPc(profile));
    });
    test.afterAll(async () => {
      await stopServerAndPc({ context, server }, profile);
      rmSync(workDir, { recursive: true, force: true });
    });

    test('a decree day off moves the talon date of a new registration, not of an existing case', async () => {
      await page.goto('./');
      await setUpOfficeAndSignIn(page);
      await openSyncPanel(page);
      await expect(page.getByTestId('calendar-in-force')).toContainText(BUNDLED_CALENDAR.version);
      await submitEnrollment(page, server.process.url, await issueCode(server.store));
      await expect(page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');

      // An existing case, registered under the bundled calendar.
      const registeredAt = await browserMoment();
      await registerCase(page, applicant(1));
      const oldCaseUrl = page.url();
      const oldDate = computeDeadlines(entry, {
        channel: 'akim',
        registeredAt,
        officeHours: DEFAULT_OFFICE_HOURS,
        calendar: BUNDLED_CALENDAR,
      }).resultDate;
      await expect(page.getByTestId('case-result-date')).toHaveText(printedDate(oldDate));

      // The administrator publishes a calendar with a decree day off on the next working day.
      const dayOff = addWorkingDays(registeredAt.slice(0, 10), 1, BUNDLED_CALENDAR);
      const year = dayOff.slice(0, 4);
      const calendar: CalendarData = {
        version: 'e2e-decree-1',
        years: {
          ...BUNDLED_CALENDAR.years,
          [year]: {
            ...BUNDLED_CALENDAR.years[year],
            transfers: [...(BUNDLED_CALENDAR.years[year]?.transfers ?? []), { dayOff, decree: 'ҚР Үкіметінің қаулысы (e2e)' }],
          },
        },
      };
      const file = join(workDir, 'calendar.json');
      writeFileSync(file, JSON.stringify(calendar));
      const printed: string[] = [];
      expect(await runAdmin(['publish:calendar', file], server.store, (l) => printed.push(l))).toBe(0);

      // The enrolled browser pulls it.
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('calendar-in-force')).toContainText('e2e-decree-1', { timeout: 20_000 });
      await expect(page.getByTestId('publication-rejected')).toHaveCount(0);

      // A new registration on the same day gets the later date…
      const newAt = await browserMoment();
      await registerCase(page, applicant(2));
      const newDate = computeDeadlines(entry, {
        channel: 'akim',
        registeredAt: newAt,
        officeHours: DEFAULT_OFFICE_HOURS,
        calendar,
      }).resultDate;
      expect(newDate > oldDate).toBe(true);
      await expect(page.getByTestId('case-result-date')).toHaveText(printedDate(newDate));

      // …the existing case keeps its talon date, also after a restart of the page.
      await page.goto(oldCaseUrl);
      await expect(page.getByTestId('case-result-date')).toHaveText(printedDate(oldDate));
      await page.reload();
      if (await page.getByRole('heading', { name: 'Кіру' }).isVisible()) await signIn(page);
      await page.goto(oldCaseUrl);
      await expect(page.getByTestId('case-result-date')).toHaveText(printedDate(oldDate));
    });

    test('a broken catalog publication is refused with a clear message; the catalog in force stays', async () => {
      // The CLI checks files before publishing; a server that skipped it is still not trusted by the PC.
      await server.store.admin.publish('catalog', 'e2e-broken', {
        act: { id: 'kzo-590-2014' },
        entries: [{ id: 'kzo-590-2014/child-benefit-under-18' }],
      });
      await openSyncPanel(page);
      await page.getByTestId('sync-now').click();
      await expect(page.getByTestId('publication-rejected')).toContainText(
        'Каталогтың «e2e-broken» нұсқасы қабылданбады, алдыңғы нұсқа күшінде қалды',
        { timeout: 20_000 },
      );
      await expect(page.getByTestId('catalog-in-force')).toContainText('бағдарламамен бірге келген');
      await page.screenshot({ path: join(SYNC_SCREENS_DIR, 'publication-rejected-kk.png'), fullPage: true });
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('publication-rejected')).toContainText(
        'Версия каталога «e2e-broken» не принята, действует прежняя версия',
      );
      await expect(page.getByTestId('calendar-in-force')).toContainText('Календарь рабочих дней для расчёта сроков: e2e-decree-1');
      await page.screenshot({ path: join(SYNC_SCREENS_DIR, 'publication-rejected-ru.png'), fullPage: true });
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');
      // New applications still offer the service from the catalog in force.
      await registerCase(page, applicant(3));
    });
  });
