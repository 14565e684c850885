// The IPC layer refuses calls from foreign pages and bad arguments before any
// printer, dialog or file is touched.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const showSaveDialog = vi.fn();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn) },
  dialog: { showSaveDialog, showOpenDialog: vi.fn() },
  BrowserWindow: class {},
}));

const { registerIpc } = await import('./ipc');
const { LogFile } = await import('../core/log-file');
const { SettingsStore } = await import('../core/settings-store');
const { Backups } = await import('./backups');
const { SecretStore } = await import('../core/secret-store');

/** safeStorage without Electron (its binary is not installed here): reversible, and visibly not plain text. */
const fakeSafeStorage = {
  available: true,
  isEncryptionAvailable() {
    return this.available;
  },
  encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
};

const dir = mkdtempSync(join(tmpdir(), 'akimat-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const appUrl = 'file:///opt/akimat/resources/app.asar/dist/renderer/index.html';
const log = new LogFile({ folder: join(dir, 'logs') });
const settings = new SettingsStore(join(dir, 'settings.json'));
const getPrintersAsync = vi.fn(async () => [{ name: 'XP-58', displayName: 'XP-58', description: '', options: { 'printer-state': '5' } }]);
const pdfTestDir = join(dir, 'printed');
registerIpc({
  appUrl,
  appInfo: { host: 'electron', version: '0.1.0', platform: 'linux', dataDir: dir },
  log,
  settings,
  printing: { spoolDir: join(dir, 'spool'), settings, log, printerSource: () => ({ getPrintersAsync }) as never, pdfTestDir },
  backups: new Backups({ settings, log, appVersion: '0.1.0', defaultFolder: join(dir, 'backups') }),
  mainWindow: () => undefined,
  secrets: new SecretStore(join(dir, 'secrets.json'), fakeSafeStorage),
});

const fromApp = { senderFrame: { url: `${appUrl}#/intake` } };
const call = (channel: string, event: unknown, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
const pdf = new TextEncoder().encode('%PDF-1.7 talon');

describe('IPC handlers', () => {
  it('answers the app page', async () => {
    await expect(call('akimat:app-info', fromApp)).resolves.toMatchObject({ host: 'electron', version: '0.1.0' });
  });

  it('refuses a page that is not the app', async () => {
    await expect(call('akimat:app-info', { senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/untrusted sender/);
    await expect(call('akimat:app-info', { senderFrame: null })).rejects.toThrow(/untrusted sender/);
  });

  it('rejects bad arguments before asking for a file name', async () => {
    await expect(call('akimat:save-file', fromApp, { suggestedName: 'a.csv', mime: 'text/csv', data: 'text' })).rejects.toThrow(
      /Invalid arguments for akimat:save-file: data/,
    );
    await expect(call('akimat:save-file', fromApp)).rejects.toThrow(/Invalid arguments/);
    await expect(call('akimat:app-info', fromApp, 'extra')).rejects.toThrow(/Invalid arguments/);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('says the remembered printer is offline, in Kazakh and Russian, for a silent print', async () => {
    await call('akimat:choose-printer', fromApp, { form: 'talon', printer: 'XP-58' });
    await expect(call('akimat:print-pdf', fromApp, { form: 'talon', title: 'Талон', pdf, silent: true })).resolves.toEqual({
      ok: false,
      reason: 'printerOffline',
      detail: '«XP-58» принтері қосылмаған немесе желіден тыс / Принтер «XP-58» выключен или не в сети',
    });
  });

  it('prints to the test PDF printer once it is chosen (the retry after a failure)', async () => {
    await call('akimat:choose-printer', fromApp, { form: 'talon', printer: 'Akimat Desk PDF' });
    await expect(call('akimat:print-pdf', fromApp, { form: 'talon', title: 'Талон', pdf, silent: true })).resolves.toEqual({
      ok: true,
      printer: 'Akimat Desk PDF',
    });
  });

  it('backs up, lists and restores through the bridge, and refuses a foreign id', async () => {
    const made = (await call('akimat:backup-now', fromApp, { database: new TextEncoder().encode('{"cases":[]}'), attachments: [] })) as {
      ok: boolean;
      backup: { id: string };
    };
    expect(made.ok).toBe(true);
    await expect(call('akimat:list-backups', fromApp)).resolves.toMatchObject([{ id: made.backup.id, files: 1 }]);
    await expect(call('akimat:restore-backup', fromApp, made.backup.id)).resolves.toMatchObject({ ok: true });
    await expect(call('akimat:restore-backup', fromApp, '../x')).rejects.toThrow(/not a backup id/);
    expect(settings.get().backup.lastBackupAt).toBeDefined();
  });

  it('reports a backup to a folder that cannot be written (USB drive pulled out) as failed, with the reason', async () => {
    const notAFolder = join(dir, 'settings.json');
    settings.update((s) => (s.backup.folder = join(notAFolder, 'usb')));
    const outcome = await call('akimat:backup-now', fromApp, { database: new Uint8Array(1), attachments: [] });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', detail: expect.stringMatching(/ENOTDIR|EEXIST/) });
    settings.update((s) => delete s.backup.folder);
  });

  it('writes a renderer error to the log file and refuses a malformed one', async () => {
    const entry = {
      source: 'boundary',
      message: 'Cannot read properties of undefined',
      stack: 'TypeError: Cannot read\n    at CaseScreen',
      screen: 'case',
      appVersion: '0.1.0',
      at: '2026-11-30T01:00:00.000Z',
    };
    await expect(call('akimat:log-error', fromApp, entry)).resolves.toEqual({ ok: true });
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(/ERROR renderer boundary on case \(0\.1\.0\): Cannot read properties of undefined .*at CaseScreen/);
    await expect(call('akimat:log-error', fromApp, { ...entry, iin: '900101300123' })).rejects.toThrow(/Invalid arguments/);
    await expect(call('akimat:log-error', { senderFrame: { url: 'https://evil.example/' } }, entry)).rejects.toThrow(/untrusted/);
  });
});

describe('secrets kept by main', () => {
  it('keeps the device token encrypted with safeStorage, gives it back, and forgets it', async () => {
    const token = 'tok_abcdefghijklmnopqrstuvwxyz';
    await expect(call('akimat:set-secret', fromApp, 'deviceToken', token)).resolves.toEqual({ ok: true });
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain(token);
    await expect(call('akimat:get-secret', fromApp, 'deviceToken')).resolves.toBe(token);
    await expect(call('akimat:set-secret', fromApp, 'deviceToken', null)).resolves.toEqual({ ok: true });
    await expect(call('akimat:get-secret', fromApp, 'deviceToken')).resolves.toBeUndefined();
  });

  it('refuses to keep a secret in plain text when the system offers no encryption', async () => {
    fakeSafeStorage.available = false;
    try {
      await expect(call('akimat:set-secret', fromApp, 'backupPassphrase', 'our office words')).resolves.toEqual({ ok: false });
    } finally {
      fakeSafeStorage.available = true;
    }
    await expect(call('akimat:get-secret', fromApp, 'backupPassphrase')).resolves.toBeUndefined();
  });

  it('refuses unknown names, bad values and foreign pages', async () => {
    await expect(call('akimat:get-secret', fromApp, 'password')).rejects.toThrow(/Invalid arguments/);
    await expect(call('akimat:set-secret', fromApp, 'deviceToken', 42)).rejects.toThrow(/Invalid arguments/);
    await expect(call('akimat:get-secret', { senderFrame: { url: 'https://evil.example/' } }, 'deviceToken')).rejects.toThrow(
      /untrusted sender/,
    );
  });
});
