// `npm start`: brings up the sync server (SQLite, 127.0.0.1:8787) when the
// project has one, then the desktop app. Where the Electron binary is missing it
// downloads it if the machine can reach the download host (a short probe, never
// a hang), and otherwise builds the renderer and serves it to a browser on
// 127.0.0.1 with the browser host, saying so in Kazakh and Russian.
//
// Options: --no-server (do not start the sync server), --browser (skip
// Electron), --port N (browser host port, default 5180; 0 = any free port),
// --no-build (serve the existing dist/renderer as it is).
// Environment: AKIMAT_ELECTRON_PATH (use this Electron binary; a path that does
// not exist counts as missing), ELECTRON_MIRROR (where Electron's installer
// downloads from; also the host probed), PORT/DATA_DIR (passed to the server).
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmRun, startProcess, stopProcess } from './processes.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TEXTS = JSON.parse(readFileSync(join(root, 'electron', 'core', 'start-texts.json'), 'utf8'));

/** A notice in Kazakh, then Russian, on the console. */
export function say(key, params = {}) {
  for (const language of ['kk', 'ru']) {
    const text = TEXTS[language][key].replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
    console.log(`[${language}] ${text}`);
  }
}

function parseArgs(argv) {
  const options = { server: true, electron: true, port: 5180, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-server') options.server = false;
    else if (arg === '--browser') options.electron = false;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7));
  }
  return options;
}

const children = new Set();

/** Starts a child so that it and everything it starts can be stopped together (see processes.mjs). */
function startChild(command, args, options = {}) {
  const child = startProcess(command, args, { cwd: root, ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Stops every child started here with its whole process tree; resolves when they have exited. */
function stopChildren() {
  return Promise.all([...children].map((child) => stopProcess(child)));
}

function run(command, args) {
  return new Promise((resolvePromise) => {
    const child = startChild(command, args);
    child.on('exit', (code) => resolvePromise(code ?? 1));
    child.on('error', () => resolvePromise(1));
  });
}

async function runScript(script) {
  const npm = npmRun(script);
  const code = await run(npm.command, npm.args);
  if (code !== 0) say('startBuildFailed', { script, code });
  return code === 0;
}

function packageScripts() {
  // AKIMAT_START_PACKAGE_JSON lets the tests show the message for a project without a server.
  const file = process.env.AKIMAT_START_PACKAGE_JSON ?? join(root, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).scripts ?? {};
}

// ---------------------------------------------------------------- sync server

async function waitForHealth(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function startSyncServer() {
  if (!packageScripts().server) {
    say('startNoServer');
    return;
  }
  say('startServerStarting');
  const npm = npmRun('server');
  const server = startChild(npm.command, npm.args);
  let exited = false;
  server.on('exit', (code) => {
    exited = true;
    if (!shuttingDown) say('startServerExited', { code: code ?? 'signal' });
  });
  const base = `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? 8787}`;
  const seconds = 30;
  if (await waitForHealth(`${base}/health`, seconds)) say('startServerReady', { url: base });
  else if (!exited) say('startServerNotReady', { seconds });
}

// ---------------------------------------------------------------- Electron

/** The Electron binary's path, or undefined where it is not installed. */
export function findElectron(env = process.env) {
  if (env.AKIMAT_ELECTRON_PATH) return existsSync(env.AKIMAT_ELECTRON_PATH) ? env.AKIMAT_ELECTRON_PATH : undefined;
  try {
    const path = createRequire(join(root, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // "Electron failed to install correctly": the binary was never downloaded
  }
}

/** Whether the Electron download host answers at all within a few seconds. */
export async function canReachDownloadHost(url, timeoutMs = 3000) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

async function downloadElectron() {
  const probeUrl = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases';
  say('startElectronProbe', { host: new URL(probeUrl).host });
  if (!(await canReachDownloadHost(probeUrl))) return undefined;
  say('startDownloadingElectron');
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) {
    say('startElectronDownloadFailed', { detail: 'node_modules/electron/install.js' });
    return undefined;
  }
  const code = await run(process.execPath, [installer]);
  if (code !== 0) {
    say('startElectronDownloadFailed', { detail: `exit ${code}` });
    return undefined;
  }
  return findElectron();
}

async function startElectron(electronPath, options) {
  if (options.build && !((await runScript('build:renderer')) && (await runScript('build:electron')))) return false;
  say('startElectronLaunch');
  const app = startChild(electronPath, [root], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '' } });
  app.on('exit', (code) => shutdown(code ?? 0));
  return true;
}

// ---------------------------------------------------------------- browser host

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves a folder on 127.0.0.1 (static files only; nothing outside the folder). Resolves with the URL. */
export function serveFolder(folder, port) {
  const base = resolve(folder);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      // The chosen port is taken (another copy is running?): take any free one rather than fail.
      if (error.code === 'EADDRINUSE' && port !== 0) resolvePromise(serveFolder(folder, 0));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

async function startBrowserHost(options) {
  const dist = join(root, 'dist', 'renderer');
  if (options.build) {
    say('startRendererBuilding');
    if (!(await runScript('build:renderer')) && !existsSync(join(dist, 'index.html'))) {
      say('startNoRenderer', { detail: 'npm run build:renderer' });
      return false;
    }
  }
  if (!existsSync(join(dist, 'index.html'))) {
    say('startNoRenderer', { detail: join('dist', 'renderer', 'index.html') });
    return false;
  }
  const { server, url } = await serveFolder(dist, options.port);
  closers.push(() => server.close());
  say('startBrowserHost');
  // The machine-readable line tests and scripts wait for.
  console.log(`AKIMAT_DESK_URL=${url}`);
  say('startStopHint');
  return true;
}

// ---------------------------------------------------------------- main

let shuttingDown = false;
const closers = [];

function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const close of closers) close();
  stopChildren().then(() => process.exit(code));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(0));
  if (options.server) await startSyncServer();
  if (options.electron) {
    const electronPath = findElectron() ?? (await downloadElectron());
    if (electronPath) {
      if (await startElectron(electronPath, options)) return;
    } else {
      say('startNoElectron');
    }
  }
  if (!(await startBrowserHost(options))) shutdown(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    shutdown(1);
  });
}
