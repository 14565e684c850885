// Backup and restore in the browser host: a case is registered, the office
// downloads a backup file, the browser profile is thrown away (a new persistent
// profile is a blank PC), the file is restored on the first-run screen, and the
// case is there with its talon reprinted. A damaged file is refused and changes nothing.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPLICANT, kazakhOnlyText, pdfText, registerApplication, setLanguage, setUpOfficeAndSignIn, signIn } from './fixtures/intake';
import { launchProfile } from './fixtures/browser';

const SHOTS = '/tmp/screens-settings';
const PASSPHRASE = 'Ақсу кеңсесі 2026';
mkdirSync(SHOTS, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'akimat-backup-'));
const profiles: string[] = [];
let context: BrowserContext;
let page: Page;
let caseNumber = '';
let backupFile = '';

async function launchBlankPc(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'akimat-backup-profile-'));
  profiles.push(profile);
  ({ context, page } = await launchProfile(profile, { acceptDownloads: true }));
  await page.goto('./');
}

async function download(testId: string, name: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = join(work, name);
  await (await pending).saveAs(file);
  return file;
}

test.describe
  .serial('backup to a file and restore on a blank PC', () => {
    test.afterAll(async () => {
      await context?.close();
      for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    });

    test('a registered case goes into a downloaded backup file', async () => {
      await launchBlankPc();
      await setUpOfficeAndSignIn(page);
      caseNumber = await registerApplication(page, APPLICANT);

      await page.getByTestId('nav-settings').click();
      await expect(page.getByRole('heading', { name: 'Баптаулар' })).toBeVisible();
      // The browser host has no printer settings: one line says why.
      await expect(page.getByTestId('printers-browser')).toContainText('тек жұмыс үстелі бағдарламасында');
      await page.screenshot({ path: join(SHOTS, 'settings-kk.png'), fullPage: true });
      await setLanguage(page, 'ru');
      await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, 'settings-ru.png'), fullPage: true });
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');

      // Too short a passphrase is refused; the office's passphrase seals the file.
      await page.getByTestId('backup-passphrase').fill('short');
      await page.getByTestId('backup-download').click();
      await expect(page.getByTestId('backup-result')).toContainText('кемінде 8 таңба');
      await page.getByTestId('backup-passphrase').fill(PASSPHRASE);
      backupFile = await download('backup-download', 'office.akimat-backup');
      await expect(page.getByTestId('backup-result')).toContainText('Көшірме файлы жүктелді: akimat-desk-0512-');
      expect(readFileSync(backupFile).subarray(0, 18).toString()).toBe('AKIMAT-DESK-BACKUP');
      // Sealed: no name, no password hash, no token readable in it.
      expect(readFileSync(backupFile).includes('surname')).toBe(false);
      expect(readFileSync(backupFile).includes('hash')).toBe(false);
    });

    test('a clerk cannot add staff on the shared PC once the office has its akim', async () => {
      await page.getByTestId('nav-staff').click();
      // Set up by a clerk, the office has no akim yet: the clerk may create the akim's account, and only that.
      await page.getByLabel('Тегі, аты').fill('Құрманов Бақыт');
      await page.getByLabel('Рөлі').selectOption('akim');
      await page.getByLabel('Құпиясөз').fill('akim-secret');
      await page.getByRole('button', { name: 'Қосу' }).click();
      await expect(page.getByText('Құрманов Бақыт — Әкім')).toBeVisible();
      await expect(page.getByTestId('staff-akim-only')).toContainText('Жаңа қызметкерді тек әкім');
      await expect(page.getByRole('button', { name: 'Қосу' })).toHaveCount(0);
    });

    test('on a blank profile the file brings the office back, and the talon is reprinted', async () => {
      await context.close();
      await launchBlankPc();
      await expect(page.getByRole('heading', { name: 'Кеңсені алғаш баптау' })).toBeVisible();
      await page.getByTestId('first-run-restore-open').click();
      await page.screenshot({ path: join(SHOTS, 'first-run-restore-kk.png'), fullPage: true });

      // A file cut short is refused and the PC stays blank.
      const cut = join(work, 'cut.akimat-backup');
      const bytes = readFileSync(backupFile);
      writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
      await page.getByTestId('restore-file').setInputFiles(cut);
      await expect(page.getByTestId('restore-result')).toHaveText(
        'Бұл файл Akimat Desk көшірмесі емес немесе толық емес. Деректер өзгертілген жоқ.',
      );
      await expect(page.getByRole('heading', { name: 'Кеңсені алғаш баптау' })).toBeVisible();

      // A wrong passphrase is refused and the PC stays blank.
      await page.getByTestId('restore-passphrase').fill('not our words');
      await page.getByTestId('restore-file').setInputFiles(backupFile);
      await expect(page.getByTestId('restore-result')).toHaveText('Құпия сөз дұрыс емес (немесе файл бүлінген). Деректер өзгертілген жоқ.');
      await expect(page.getByRole('heading', { name: 'Кеңсені алғаш баптау' })).toBeVisible();

      await page.getByTestId('restore-passphrase').fill(PASSPHRASE);
      await page.getByTestId('restore-file').setInputFiles(backupFile);
      await expect(page.getByTestId('restore-result')).toContainText('Қалпына келтірілді: 1 іс');
      // The app reloads on the restored data: the office's sign-in screen.
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible({ timeout: 10_000 });
      await signIn(page);
      await page.getByTestId('nav-search').click();
      await page.getByTestId('search-input').fill('өтемісова');
      await page.getByRole('cell', { name: caseNumber }).click();
      await expect(page.getByRole('heading', { name: `Іс № ${caseNumber}` })).toBeVisible();
      const talon = pdfText(await download('reprint-talon-save', 'talon-dup.pdf'));
      expect(talon).toContain(caseNumber);
      expect(talon).toContain('Өтемісова');
      expect(talon).toContain('ТЕЛНҰСҚА');
    });

    test('a damaged backup is refused on the settings screen and the data stays', async () => {
      const damaged = join(work, 'damaged.akimat-backup');
      const bytes = Buffer.from(readFileSync(backupFile));
      // Flip one byte inside the sealed database record: its checksum no longer checks out.
      const at = bytes.indexOf('"database"') + 40;
      bytes[at] ^= 0x01;
      writeFileSync(damaged, bytes);
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('restore-passphrase').fill(PASSPHRASE);
      await page.getByTestId('restore-file').setInputFiles(damaged);
      await expect(page.getByTestId('restore-result')).toContainText('Деректер өзгертілген жоқ.');
      await page.getByTestId('nav-search').click();
      await page.getByTestId('search-input').fill('өтемісова');
      await expect(page.getByRole('cell', { name: caseNumber })).toBeVisible();
    });

    test('the desktop settings: printer per form, backup to the host folder, restore from its list; a failed print is retried', async () => {
      // The Electron binary cannot run on this machine: a fake window.akimatHost stands in for the
      // preload, so the renderer's desktop paths run in real Chromium. Main's side is tested in electron/.
      await context.addInitScript(() => {
        const w = window as unknown as {
          akimatHost: unknown;
          fakeHost: {
            jobs: { silent?: boolean }[];
            saved: { id: string; database: Uint8Array; attachments: unknown[]; createdAt: string; bytes: number }[];
          };
        };
        const fake = { jobs: [], saved: [] } as typeof w.fakeHost;
        w.fakeHost = fake;
        const info = (b: (typeof fake.saved)[number]) => ({
          id: b.id,
          createdAt: b.createdAt,
          appVersion: '0.1.0',
          files: b.attachments.length + 1,
          bytes: b.bytes,
          folder: 'E:\\AkimatDesk-backups',
        });
        w.akimatHost = {
          appInfo: async () => ({ host: 'electron', version: '0.1.0', platform: 'win32' }),
          listPrinters: async () => [
            { name: 'XP-58', displayName: 'XP-58', isDefault: false },
            { name: 'HP LaserJet 1020', displayName: 'HP LaserJet 1020', isDefault: true },
          ],
          printPdf: async (request: { silent?: boolean }) => {
            fake.jobs.push({ silent: request.silent });
            return fake.jobs.length === 1
              ? {
                  ok: false,
                  reason: 'printerOffline',
                  detail: '«XP-58» принтері қосылмаған немесе желіден тыс / Принтер «XP-58» выключен или не в сети',
                }
              : { ok: true, printer: 'XP-58' };
          },
          saveFile: async () => ({ ok: true }),
          previewPdf: async () => ({ ok: true }),
          choosePrinter: async () => ({ ok: true }),
          chooseBackupFolder: async () => ({ ok: true, folder: 'E:\\AkimatDesk-backups' }),
          backupNow: async (request: { database: Uint8Array; attachments: unknown[] }) => {
            const saved = {
              id: `backup-${fake.saved.length + 1}`,
              createdAt: new Date().toISOString(),
              bytes: request.database.byteLength,
              ...request,
            };
            fake.saved.push(saved);
            return { ok: true, backup: info(saved), removed: [] };
          },
          listBackups: async () => fake.saved.map(info).reverse(),
          restoreBackup: async (id: string) => {
            const found = fake.saved.find((b) => b.id === id);
            return found
              ? { ok: true, backup: info(found), database: found.database, attachments: found.attachments }
              : { ok: false, reason: 'notFound' };
          },
          onBackupDue: () => () => undefined,
        };
      });
      await page.reload();
      await page.getByTestId('nav-settings').click();
      await expect(page.getByTestId('printers-table')).toBeVisible();
      await page.getByTestId('printer-talon').selectOption('XP-58');
      await expect(page.getByTestId('printer-message')).toHaveText('«Талон» үшін «XP-58» есте сақталды');
      await page.getByTestId('backup-choose-folder').click();
      await expect(page.getByTestId('backup-folder')).toContainText('E:\\AkimatDesk-backups');
      await page.getByTestId('backup-passphrase').fill(PASSPHRASE);
      await page.getByTestId('backup-now').click();
      await expect(page.getByTestId('backup-result')).toContainText('Көшірме жасалды:');
      await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(1);
      await page.screenshot({ path: join(SHOTS, 'settings-desktop-kk.png'), fullPage: true });
      await setLanguage(page, 'ru');
      await expect(page.getByTestId('printer-talon')).toHaveValue('XP-58');
      await page.screenshot({ path: join(SHOTS, 'settings-desktop-ru.png'), fullPage: true });
      expect(await kazakhOnlyText(page)).toEqual([]);
      await setLanguage(page, 'kk');

      // The talon goes silently to XP-58, which is off: the reason, then Retry.
      await page.getByTestId('nav-search').click();
      await page.getByTestId('search-input').fill('өтемісова');
      await page.getByRole('cell', { name: caseNumber }).click();
      await page.getByTestId('reprint-talon-print').click();
      await expect(page.getByTestId('reprint-talon-failure')).toHaveText(
        'Басып шығару мүмкін болмады: «XP-58» принтері қосылмаған немесе желіден тыс',
      );
      await page.screenshot({ path: join(SHOTS, 'print-failed-kk.png') });
      await page.getByTestId('reprint-talon-retry').click();
      await expect(page.getByTestId('reprint-talon-failure')).toHaveCount(0);
      await expect(page.getByTestId('reprint-talon').getByText('Басып шығаруға жіберілді')).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { fakeHost: { jobs: unknown[] } }).fakeHost.jobs)).toEqual([
        { silent: true },
        { silent: true },
      ]);
      await expect(page.getByTestId('reprint-talon-preview')).toBeVisible();

      // Restore from the host's list: the app reloads on the restored data.
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('backup-passphrase').fill(PASSPHRASE);
      await page.getByTestId('restore-backup-1').click();
      await expect(page.getByTestId('restore-result')).toContainText('Қалпына келтірілді: 1 іс');
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible({ timeout: 10_000 });
    });
  });
