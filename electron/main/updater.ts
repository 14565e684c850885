// Updates over the sync server with electron-updater's generic provider: the feed
// is the server's /updates/<district>/ read with the device token. A sync calls
// configure(); a check runs at most hourly, the download runs in the background
// (electron-updater verifies its sha512 and keeps it across restarts), and the
// update is installed only when the user agrees (installUpdate), never silently
// on quit. An older version is never installed (update-policy.ts).
import type { BrowserWindow } from 'electron';
import electronUpdater, { type AppUpdater, type UpdateInfo } from 'electron-updater';
import { CHANNELS } from '../core/ipc-channels';
import type { LogFile } from '../core/log-file';
import { checkDue, decideUpdate, feedUrl, type UpdateFeed, type UpdateState } from '../core/update-policy';

export interface UpdaterDeps {
  appVersion: string;
  log: LogFile;
  mainWindow: () => BrowserWindow | undefined;
  /** electron-updater's updater; a fake in tests. */
  updater?: AppUpdater;
  now?: () => number;
  /** Asks the user whether to restart into the downloaded version now (a dialog); true installs. */
  askToInstall?: (version: string) => Promise<boolean>;
}

export class Updater {
  private state: UpdateState = { state: 'idle' };
  private lastCheck?: number;
  private feed?: string;
  private wired?: AppUpdater;
  private readonly asked = new Set<string>();

  constructor(private readonly deps: UpdaterDeps) {}

  /** electron-updater, set up on first use (a sync with a feed), so a start without one never loads it. */
  private get updater(): AppUpdater {
    if (this.wired) return this.wired;
    const u = this.deps.updater ?? electronUpdater.autoUpdater;
    this.wired = u;
    u.autoDownload = false;
    u.autoInstallOnAppQuit = false;
    u.allowDowngrade = false;
    u.allowPrerelease = false;
    const log = this.deps.log;
    u.logger = {
      info: (m: unknown) => log.info(`updater: ${String(m)}`),
      warn: (m: unknown) => log.warn(`updater: ${String(m)}`),
      error: (m: unknown) => log.error(`updater: ${String(m)}`),
      debug: () => undefined,
    };
    u.on('update-available', (info: UpdateInfo) => void this.offered(info));
    u.on('update-not-available', () => this.set({ state: 'idle' }));
    u.on('download-progress', (p: { percent: number }) => {
      if (this.state.state === 'downloading') this.set({ ...this.state, percent: Math.floor(p.percent) });
    });
    u.on('update-downloaded', (info: UpdateInfo) => {
      this.set({ state: 'ready', version: info.version });
      void this.offerInstall(info.version);
    });
    u.on('error', (error: Error) => this.set({ state: 'error', detail: error.message.split('\n')[0].slice(0, 300) }));
    return u;
  }

  current(): UpdateState {
    return this.state;
  }

  /** At sync: points the updater at the district's feed and checks it when due. */
  async configure(feed: UpdateFeed): Promise<UpdateState> {
    const url = feedUrl(feed.serverUrl, feed.districtCode);
    this.updater.requestHeaders = { authorization: `Bearer ${feed.token}` };
    if (url !== this.feed) {
      this.updater.setFeedURL({ provider: 'generic', url });
      this.feed = url;
      this.lastCheck = undefined;
    }
    const now = (this.deps.now ?? Date.now)();
    if (this.state.state === 'downloading' || this.state.state === 'ready' || !checkDue(this.lastCheck, now)) return this.state;
    this.lastCheck = now;
    this.set({ state: 'checking' });
    try {
      await this.updater.checkForUpdates();
    } catch (error) {
      this.set({ state: 'error', detail: error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error) });
    }
    return this.state;
  }

  /** Downloads a newer version in the background; refuses an older one. */
  private async offered(info: UpdateInfo): Promise<void> {
    const decision = decideUpdate(this.deps.appVersion, info.version);
    if (decision.kind === 'current') return this.set({ state: 'idle' });
    if (decision.kind !== 'install') {
      this.deps.log.warn(`updater: refused ${decision.version} (${decision.kind}) while running ${this.deps.appVersion}`);
      return this.set({ state: 'refused', version: decision.version, reason: decision.kind });
    }
    this.set({ state: 'downloading', version: decision.version, percent: 0 });
    try {
      await this.updater.downloadUpdate();
    } catch (error) {
      this.set({ state: 'error', detail: error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error) });
    }
  }

  /** Asks once per downloaded version; "later" leaves it ready for the renderer's installUpdate. */
  private async offerInstall(version: string): Promise<void> {
    if (!this.deps.askToInstall || this.asked.has(version)) return;
    this.asked.add(version);
    if (await this.deps.askToInstall(version)) this.install();
    else this.deps.log.info(`updater: ${version} ready, the user chose later`);
  }

  /** The user agreed: quit and run the installer (it starts the new version afterwards). */
  install(): { ok: boolean } {
    if (this.state.state !== 'ready') return { ok: false };
    this.deps.log.info(`updater: installing ${this.state.version}`);
    this.updater.quitAndInstall(false, true);
    return { ok: true };
  }

  private set(state: UpdateState): void {
    this.state = state;
    const window = this.deps.mainWindow();
    if (window && !window.isDestroyed()) window.webContents.send(CHANNELS.updateState, state);
  }
}
