// The main entry's start-up order with a stand-in `electron` module (the real
// binary cannot run here): the data folder named by appId, the single-instance
// lock, the downgrade guard's refusal, and the hardened window.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What the entry passes to `new BrowserWindow`, as far as these tests read it. */
type WindowOptions = { webPreferences: Record<string, unknown> } & Record<string, unknown>;

let appData: string;
let fake: ReturnType<typeof makeFakeElectron>;

function makeFakeElectron(options: { lock: boolean }) {
  const windows: Array<{ options: WindowOptions; loaded?: string }> = [];
  const handlers: string[] = [];
  const app = {
    getPath: vi.fn(() => appData),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => options.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getVersion: vi.fn(() => '0.2.0'),
    getAppPath: vi.fn(() => '/opt/akimat-desk/resources/app.asar'),
    isPackaged: true,
  };
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), send: vi.fn() };
    constructor(public options: WindowOptions) {
      windows.push(this as never);
    }
    once = vi.fn();
    on = vi.fn();
    isDestroyed = () => false;
    loadFile = vi.fn(async (file: string) => {
      (windows.at(-1) as { loaded?: string }).loaded = file;
    });
    loadURL = vi.fn(async () => undefined);
  }
  const defaultSession = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  return {
    app,
    windows,
    handlers,
    module: {
      app,
      BrowserWindow,
      dialog: { showMessageBoxSync: vi.fn(), showMessageBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      ipcMain: { handle: (channel: string) => handlers.push(channel) },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      session: { defaultSession },
      shell: { openPath: vi.fn() },
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (s: string) => Buffer.from(s),
        decryptString: (b: Buffer) => b.toString(),
      },
    },
  };
}

async function startMain(options: { lock: boolean }) {
  fake = makeFakeElectron(options);
  vi.doMock('electron', () => fake.module);
  await import('./index');
  await new Promise((r) => setTimeout(r, 10)); // let whenReady's callback run
}

let listeners: { exception: NodeJS.UncaughtExceptionListener[]; rejection: NodeJS.UnhandledRejectionListener[] };
beforeEach(() => {
  listeners = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
  vi.resetModules();
  appData = mkdtempSync(join(tmpdir(), 'akimat-appdata-'));
  delete process.env.AKIMAT_DESK_DATA_DIR;
  delete process.env.ELECTRON_RENDERER_URL;
});
afterEach(() => {
  // The entry logs uncaught errors; take its listeners off again so the test runner sees errors.
  for (const l of process.listeners('uncaughtException')) if (!listeners.exception.includes(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection')) if (!listeners.rejection.includes(l)) process.off('unhandledRejection', l);
  vi.doUnmock('electron');
  rmSync(appData, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('puts the data in a folder named by appId, stamps the version and opens one hardened window', async () => {
    await startMain({ lock: true });
    const dataDir = join(appData, 'kz.akimatdesk.app');
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]);
    expect(JSON.parse(readFileSync(join(dataDir, 'app-version.json'), 'utf8')).version).toBe('0.2.0');
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('INFO start 0.2.0');

    expect(fake.windows).toHaveLength(1);
    const { webPreferences } = fake.windows[0].options;
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(webPreferences.preload).toBe('/opt/akimat-desk/resources/app.asar/out/preload/index.cjs');
    expect(fake.windows[0].loaded).toBe('/opt/akimat-desk/resources/app.asar/dist/renderer/index.html');
    expect(fake.handlers).toHaveLength(15);
    expect(fake.app.exit).not.toHaveBeenCalled();
  });

  it('refuses, with a Kazakh-then-Russian dialog, to open data a newer version wrote', async () => {
    const dataDir = join(appData, 'kz.akimatdesk.app');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'app-version.json'), JSON.stringify({ version: '0.3.1' }));
    await startMain({ lock: true });
    const dialog = fake.module.dialog.showMessageBoxSync.mock.calls[0][0] as { title: string; message: string };
    expect(dialog.title).toBe('Бағдарламаның ескі нұсқасы / Устаревшая версия программы');
    expect(dialog.message).toMatch(/^Деректер қалтасын бағдарламаның жаңарақ нұсқасы \(0\.3\.1\) жазған, ал сіз ескі нұсқаны \(0\.2\.0\)/);
    expect(dialog.message).toContain('Установите версию 0.3.1 или новее.');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    expect(JSON.parse(readFileSync(join(dataDir, 'app-version.json'), 'utf8')).version).toBe('0.3.1');
  });

  it('quits a second instance without touching the data folder', async () => {
    await startMain({ lock: false });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(existsSync(join(appData, 'kz.akimatdesk.app'))).toBe(false);
  });

  it('uses AKIMAT_DESK_DATA_DIR when set', async () => {
    process.env.AKIMAT_DESK_DATA_DIR = join(appData, 'portable');
    await startMain({ lock: true });
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', join(appData, 'portable'));
    expect(existsSync(join(appData, 'portable', 'app-version.json'))).toBe(true);
    delete process.env.AKIMAT_DESK_DATA_DIR;
  });
});
