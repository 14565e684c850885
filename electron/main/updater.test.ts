// The updater module over a fake electron-updater: the district's feed with the
// device token, a background download of a newer version, install only when the
// user agrees, an older version refused, at most one check an hour.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LogFile } from '../core/log-file';
import { CHANNELS } from '../core/ipc-channels';
import { Updater } from './updater';

const dir = mkdtempSync(join(tmpdir(), 'akimat-updater-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = new LogFile({ folder: join(dir, 'logs') });

class FakeUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  allowPrerelease = true;
  logger: unknown;
  requestHeaders: Record<string, string> | null = null;
  offer = '0.2.0';
  setFeedURL = vi.fn();
  checkForUpdates = vi.fn(async () => {
    this.emit('update-available', { version: this.offer });
    return null;
  });
  downloadUpdate = vi.fn(async () => {
    this.emit('download-progress', { percent: 50 });
    this.emit('update-downloaded', { version: this.offer });
    return [];
  });
  quitAndInstall = vi.fn();
}

function setup(offer: string, askToInstall?: (version: string) => Promise<boolean>) {
  const fake = new FakeUpdater();
  fake.offer = offer;
  const sent: unknown[] = [];
  const window = { isDestroyed: () => false, webContents: { send: (channel: string, state: unknown) => sent.push([channel, state]) } };
  let now = 1_000_000;
  const updater = new Updater({
    appVersion: '0.1.0',
    log,
    mainWindow: () => window as never,
    updater: fake as never,
    now: () => now,
    askToInstall,
  });
  return { fake, sent, updater, later: (ms: number) => (now += ms) };
}

const feed = { serverUrl: 'https://sync.example.kz/', token: 'device-token-0123456789', districtCode: 'D01' };

describe('updater', () => {
  it('reads the district feed with the device token, downloads a newer version and installs only when asked', async () => {
    const { fake, sent, updater } = setup('0.2.0');
    expect(updater.install()).toEqual({ ok: false });
    const state = await updater.configure(feed);
    expect(fake.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://sync.example.kz/updates/D01/' });
    expect(fake.requestHeaders).toEqual({ authorization: 'Bearer device-token-0123456789' });
    expect(fake).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false });
    await vi.waitFor(() => expect(updater.current()).toEqual({ state: 'ready', version: '0.2.0' }));
    expect(['checking', 'downloading', 'ready']).toContain(state.state);
    expect(sent).toContainEqual([CHANNELS.updateState, { state: 'ready', version: '0.2.0' }]);
    expect(fake.quitAndInstall).not.toHaveBeenCalled();
    expect(updater.install()).toEqual({ ok: true });
    expect(fake.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('asks the user once per downloaded version, and installs only on yes', async () => {
    const no = setup(
      '0.2.0',
      vi.fn(async () => false),
    );
    await no.updater.configure(feed);
    await vi.waitFor(() => expect(no.updater.current()).toEqual({ state: 'ready', version: '0.2.0' }));
    expect(no.fake.quitAndInstall).not.toHaveBeenCalled();
    const yes = vi.fn(async () => true);
    const agreed = setup('0.3.0', yes);
    await agreed.updater.configure(feed);
    await vi.waitFor(() => expect(agreed.fake.quitAndInstall).toHaveBeenCalledTimes(1));
    expect(yes).toHaveBeenCalledWith('0.3.0');
  });

  it('refuses an older version without downloading it', async () => {
    const { fake, updater } = setup('0.0.9');
    await updater.configure(feed);
    expect(updater.current()).toEqual({ state: 'refused', version: '0.0.9', reason: 'downgrade' });
    expect(fake.downloadUpdate).not.toHaveBeenCalled();
    expect(updater.install()).toEqual({ ok: false });
  });

  it('checks at most once an hour, and again at once when the feed changes', async () => {
    const { fake, updater, later } = setup('0.1.0');
    await updater.configure(feed);
    await updater.configure(feed);
    expect(fake.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.current()).toEqual({ state: 'idle' });
    later(61 * 60_000);
    await updater.configure(feed);
    expect(fake.checkForUpdates).toHaveBeenCalledTimes(2);
    await updater.configure({ ...feed, districtCode: 'D02' });
    expect(fake.checkForUpdates).toHaveBeenCalledTimes(3);
  });

  it('reports a failed check as an error state', async () => {
    const { fake, updater } = setup('0.2.0');
    fake.checkForUpdates.mockRejectedValueOnce(new Error('HttpError: 404\nstack'));
    expect(await updater.configure(feed)).toEqual({ state: 'error', detail: 'HttpError: 404' });
  });
});
