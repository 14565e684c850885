// The app window and the hardening every web page of the app gets: no Node in
// the page, sandboxed renderer, CSP on every response, no navigation away from
// the app, no new windows, no permissions but persistent storage.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { buildCsp } from '../core/csp';
import type { LogFile } from '../core/log-file';
import { isAppUrl, isPermissionAllowed } from '../core/navigation';
import { shellText } from '../core/texts';

export interface AppLocation {
  /** What the window loads: the built renderer file, or the Vite dev server. */
  url: string;
  file?: string;
  devServerOrigin?: string;
}

/** ELECTRON_RENDERER_URL (set by the dev server) or the built renderer inside the app. */
export function appLocation(): AppLocation {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (dev && !app.isPackaged) return { url: dev, devServerOrigin: new URL(dev).origin };
  const file = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
  return { url: pathToFileURL(file).href, file };
}

/** Session-wide rules: CSP header on http(s) responses and the permission policy. */
export function hardenSession(location: AppLocation, log: LogFile): void {
  const csp = buildCsp({ devServerOrigin: location.devServerOrigin });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = isPermissionAllowed(permission);
    if (!allowed) log.warn(`permission denied: ${permission}`);
    callback(allowed);
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

/** Navigation and window rules for every webContents the app creates (main window, print and preview windows). */
export function hardenWebContents(contents: WebContents, location: AppLocation, log: LogFile): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, location.url)) return;
    event.preventDefault();
    log.warn(`navigation blocked: ${url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url, location.url)) return;
    event.preventDefault();
    log.warn(`redirect blocked: ${url.slice(0, 200)}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`window.open denied: ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}

export function createMainWindow(location: AppLocation, log: LogFile): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: `${shellText('kk', 'productName')} — ${shellText('ru', 'productName')}`,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => log.error('renderer gone', details));
  void (location.file ? window.loadFile(location.file) : window.loadURL(location.url)).catch((error: unknown) =>
    log.error('renderer failed to load', error),
  );
  return window;
}

/** Opens the folder with the logs in the system's file manager. */
export function openFolder(folder: string): void {
  void shell.openPath(folder);
}
