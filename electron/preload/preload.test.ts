// The preload exposes exactly the host bridge, each method one invoke on its channel.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

beforeEach(() => invoke.mockClear());

describe('preload', () => {
  it('exposes window.akimatHost with the bridge methods only', async () => {
    await import('./index');
    expect(Object.keys(exposed)).toEqual(['akimatHost']);
    expect(Object.keys(exposed.akimatHost as object).sort()).toEqual(
      [
        'appInfo',
        'backupNow',
        'chooseBackupFolder',
        'choosePrinter',
        'configureUpdates',
        'installUpdate',
        'listBackups',
        'listPrinters',
        'logError',
        'onBackupDue',
        'onUpdateState',
        'previewPdf',
        'printPdf',
        'restoreBackup',
        'saveFile',
        'getSecret',
        'setSecret',
      ].sort(),
    );
  });

  it('sends each call as one invoke on its channel with the argument unchanged', async () => {
    const host = exposed.akimatHost as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const request = { form: 'talon', title: 'Талон', pdf: new Uint8Array([37, 80, 68, 70, 45]), silent: true };
    await expect(host.printPdf(request)).resolves.toBe('answer');
    await host.appInfo();
    await host.restoreBackup('akimat-backup-20261121T100000Z');
    expect(invoke.mock.calls).toEqual([
      ['akimat:print-pdf', request],
      ['akimat:app-info'],
      ['akimat:restore-backup', 'akimat-backup-20261121T100000Z'],
    ]);
  });

  it('passes no event object to a backup-due listener and can unsubscribe', async () => {
    const host = exposed.akimatHost as { onBackupDue: (listener: (...args: unknown[]) => void) => () => void };
    const listener = vi.fn();
    const unsubscribe = host.onBackupDue(listener);
    const wrapped = on.mock.calls[0][1] as (...args: unknown[]) => void;
    wrapped({ sender: 'secret' }, 'x');
    expect(listener).toHaveBeenCalledWith();
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('akimat:backup-due', wrapped);
  });
});
