// `npm start` where the Electron binary is missing (as on this build machine):
// it must start the sync server, fall back to the browser host, print where,
// and serve the real renderer — never fail silently.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { descendants, isRunning } from './process-tree';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'akimat-start-'));
const running: ChildProcess[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Runs start.mjs and resolves with its output once the URL line appears (or rejects with the output when it exits first). */
function start(args: string[], env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, AKIMAT_ELECTRON_PATH: join(scratch, 'no-electron-here'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const ready = new Promise<{ url: string; output: () => string }>((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /AKIMAT_DESK_URL=(\S+)/.exec(output);
      if (match) resolvePromise({ url: match[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start.mjs exited with ${code} before printing its URL:\n${output}`)));
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, ready, exited };
}

describe('npm start without the Electron binary', () => {
  it('starts the sync server, builds the renderer and serves it to a browser, saying so in Kazakh and Russian', async () => {
    const serverPort = await freePort();
    // Nothing listens on this port: the download host is unreachable, like GitHub here.
    const deadMirror = `http://127.0.0.1:${await freePort()}/`;
    const run = start(['--port', '0'], { PORT: String(serverPort), DATA_DIR: join(scratch, 'server-data'), ELECTRON_MIRROR: deadMirror });
    const { url, output } = await run.ready;

    expect(output()).toContain('[kk] Electron бағдарламасы бұл компьютерде орнатылмаған және оны жүктеу мүмкін емес.');
    expect(output()).toContain('[ru] Программа Electron не установлена на этом компьютере, и скачать её невозможно.');
    expect(output()).toContain('[kk] Бағдарлама браузер арқылы ашылады. Мына мекенжайды ашыңыз:');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(join(root, 'dist', 'renderer', 'index.html'), 'utf8'));
    expect(html).toContain('<div id="root">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html);
    expect(script, 'the built page loads its script').not.toBeNull();
    expect((await fetch(new URL(script![1], url))).status).toBe(200);
    expect((await fetch(new URL('../../package.json', url))).status).toBe(404);

    expect(output()).toContain(`[ru] Сервер синхронизации готов: http://127.0.0.1:${serverPort}`);
    const health = await fetch(`http://127.0.0.1:${serverPort}/health`);
    expect(await health.json()).toMatchObject({ ok: true });

    // Ctrl+C stops the browser host and the sync server it started: npm, its shell and the server process.
    const tree = descendants(run.child.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(2);
    run.child.kill('SIGTERM');
    await run.exited;
    expect(tree.filter(isRunning)).toEqual([]);
    await expect(fetch(url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${serverPort}/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  }, 120_000);

  it('tries the download when the host answers, reports the failure, and still serves the browser host; says when there is no server', async () => {
    // A reachable mirror that has no Electron: the download is tried and fails fast.
    const mirror = createServer((_req, res) => res.writeHead(404).end('no electron here'));
    servers.push(mirror);
    await new Promise<void>((r) => mirror.listen(0, '127.0.0.1', r));
    const mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
    const packageJson = join(scratch, 'package.json');
    const { server: _server, ...scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    writeFileSync(packageJson, JSON.stringify({ scripts }));

    const run = start(['--port', '0', '--no-build'], {
      ELECTRON_MIRROR: mirrorUrl,
      ELECTRON_SKIP_BINARY_DOWNLOAD: undefined,
      electron_config_cache: join(scratch, 'electron-cache'),
      AKIMAT_START_PACKAGE_JSON: packageJson,
    });
    const { url, output } = await run.ready;
    expect(output()).toContain('[kk] Синхрондау сервері әлі жоқ (npm run server скрипті табылмады)');
    expect(output()).toContain('[ru] Скачивание Electron…');
    expect(output()).toMatch(/\[ru\] Не удалось скачать Electron: exit \d+/);
    expect((await fetch(url)).status).toBe(200);
  }, 120_000);
});
