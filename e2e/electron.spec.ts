// The desktop app itself: Playwright launches the real Electron binary with a
// throw-away data folder, sets up the office, signs in, registers an
// application and prints its talon to the test PDF printer. The Electron binary
// cannot be downloaded on the build machine, so there this test is skipped with
// the reason; it runs wherever the binary exists.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APPLICANT, pdfText, registerApplication, setUpOffice, signIn } from './fixtures/intake';

const root = resolve(import.meta.dirname, '..');

function electronBinary(): string | undefined {
  try {
    const path = createRequire(join(root, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // the npm package is there, its binary was never downloaded
  }
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'Electron binary is not installed on this machine (cannot be downloaded here); this test runs where it exists');

  let app: ElectronApplication | undefined;
  let dataDir = '';
  let printed = '';

  test.beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'akimat-electron-data-'));
    printed = join(dataDir, 'printed');
    const build = spawnSync('npm', ['run', 'build:electron'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    // The talon's printer was chosen before: the test PDF printer, so no system dialog opens.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ printers: { byForm: { talon: 'Akimat Desk PDF' }, byRole: {} } }));
  });
  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('starts hardened, signs in and prints a talon to PDF', async () => {
    app = await electron.launch({
      executablePath: binary,
      args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      env: { ...process.env, AKIMAT_DESK_DATA_DIR: dataDir, AKIMAT_DESK_PRINT_TO_PDF_DIR: printed, ELECTRON_RENDERER_URL: '' },
    });
    const page = await app.firstWindow();

    // The page has the bridge and nothing of Node.
    expect(
      await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    const info = await page.evaluate(() => window.akimatHost!.appInfo());
    expect(info).toMatchObject({ host: 'electron', dataDir });
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);

    await setUpOffice(page);
    await signIn(page);
    const caseNumber = await registerApplication(page, APPLICANT);

    await page.getByTestId('talon-print').click();
    await expect(page.getByText('Басып шығаруға жіберілді')).toBeVisible();
    const files = readdirSync(printed).filter((name) => name.startsWith('talon-'));
    expect(files).toHaveLength(1);
    const talon = pdfText(join(printed, files[0]));
    expect(talon).toContain(caseNumber);
    expect(talon).toContain('Өтемісова');

    // The version stamp the downgrade guard reads was written into the data folder.
    expect(existsSync(join(dataDir, 'app-version.json'))).toBe(true);
  });
});
