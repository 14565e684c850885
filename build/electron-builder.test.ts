// The installer configuration, checked offline: electron-builder's own schema
// validation, a packaging smoke test with a stand-in Electron distribution (the
// real binary cannot be downloaded here), and the icons.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_TEXTS } from '../electron/core/texts';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown; dump(value: unknown): string };
const asar = require('@electron/asar') as {
  listPackage(file: string, options?: object): string[];
  extractFile(file: string, path: string): Buffer;
};

const root = resolve(import.meta.dirname, '..');
const configFile = join(root, 'build', 'electron-builder.yml');
/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  appId: string;
  nsis: { shortcutName: string; installerLanguages: string[] } & Record<string, unknown>;
  win: { target: unknown[] };
  linux: { target: unknown; desktop: { entry: Record<string, string> } };
  extraMetadata: Record<string, unknown>;
  files: string[];
}
const config = yaml.load(readFileSync(configFile, 'utf8')) as BuilderConfig;
const scratch = mkdtempSync(join(tmpdir(), 'akimat-builder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function electronBuilder(configPath: string, output: string) {
  const fakeDist = join(scratch, 'fake-electron');
  mkdirSync(join(fakeDist, 'resources'), { recursive: true });
  mkdirSync(join(fakeDist, 'locales'), { recursive: true });
  writeFileSync(join(fakeDist, 'electron'), '#!/bin/sh\n');
  chmodSync(join(fakeDist, 'electron'), 0o755);
  writeFileSync(join(fakeDist, 'version'), '45.5.0');
  return spawnSync(
    join(root, 'node_modules', '.bin', 'electron-builder'),
    ['--config', configPath, '--linux', 'dir', `-c.electronDist=${fakeDist}`, `-c.directories.output=${output}`],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' },
    },
  );
}

describe('installer settings', () => {
  it('installs for all users of a shared office PC, asking for elevation, with a folder choice', () => {
    expect(config.appId).toBe('kz.akimatdesk.app');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
    });
    expect(config.win.target[0]).toEqual({ target: 'nsis', arch: ['x64', 'ia32'] });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('names the product in Kazakh and Russian, Kazakh first, as the shell dictionary does', () => {
    const kk = SHELL_TEXTS.kk.productName;
    const ru = SHELL_TEXTS.ru.productName;
    expect(config.extraMetadata).toMatchObject({ productNameKk: kk, productNameRu: ru });
    expect(config.nsis.shortcutName).toBe(`${kk} — ${ru}`);
    expect(config.nsis.installerLanguages).toEqual(['kk_KZ', 'ru_RU']);
    expect(config.linux.desktop.entry).toMatchObject({ 'Name[kk]': kk, 'Name[ru]': ru });
  });

  it('packs only the built app, never node_modules or source maps', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'dist/renderer/**', 'package.json', '!node_modules/**']));
  });
});

describe('electron-builder, offline', () => {
  beforeAll(() => {
    const build = spawnSync('npm', ['run', 'build:electron'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    if (build.status !== 0) throw new Error(`build:electron failed:\n${build.stdout}\n${build.stderr}`);
  }, 90_000);

  it('rejects an unknown key in the NSIS section by its own schema, before any download', () => {
    const broken = join(scratch, 'broken.yml');
    writeFileSync(broken, yaml.dump({ ...config, nsis: { ...config.nsis, perMachne: true } }));
    const result = electronBuilder(broken, join(scratch, 'out-broken'));
    expect(result.status).not.toBe(0);
    // For a key inside a section, the schema error names the section (configuration.nsis).
    expect(result.stdout + result.stderr).toMatch(/Invalid configuration object[\s\S]*configuration\.nsis should be/);
    expect(result.stdout + result.stderr).not.toMatch(/packaging|ENOTFOUND/);
  }, 90_000);

  it('packages the app into app.asar with main, preload and the bilingual metadata', () => {
    const output = join(scratch, 'out-ok');
    const result = electronBuilder(configFile, output);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const archive = join(output, 'linux-unpacked', 'resources', 'app.asar');
    const entries = asar.listPackage(archive).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/package.json']));
    expect(entries.filter((entry) => entry.includes('node_modules') || entry.endsWith('.map'))).toEqual([]);
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    expect(packed).toMatchObject({
      main: 'out/main/index.js',
      productNameKk: 'Әкімдік жұмыс орны',
      productNameRu: 'Рабочее место акимата',
    });
  }, 90_000);
});

describe('the built main process', () => {
  beforeAll(() => {
    // Normally built by the describe above (same file, so out/ is never built twice at once); built here when run alone.
    if (existsSync(join(root, 'out', 'main', 'index.js'))) return;
    const build = spawnSync('npm', ['run', 'build:electron'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    if (build.status !== 0) throw new Error(`build:electron failed:\n${build.stdout}\n${build.stderr}`);
  }, 90_000);

  it('runs from out/main/index.js against a stand-in electron module: appId data folder, fifteen IPC channels, the window with the preload', () => {
    const stub = join(scratch, 'electron-stub');
    mkdirSync(stub, { recursive: true });
    writeFileSync(
      join(stub, 'electron.mjs'),
      `const calls = (globalThis.calls = []);
export const app = { getPath: () => process.env.STUB_APPDATA, setPath: (k, v) => calls.push('setPath ' + k + ' ' + v), requestSingleInstanceLock: () => true,
  quit() {}, exit: (c) => calls.push('exit ' + c), on() {}, whenReady: () => Promise.resolve(), getVersion: () => '0.1.0', getAppPath: () => ${JSON.stringify(root)}, isPackaged: true };
export class BrowserWindow { constructor(o) { calls.push('window ' + o.webPreferences.preload); this.webContents = { on() {}, setWindowOpenHandler() {}, send() {} }; }
  once() {} on() {} isDestroyed() { return false; } loadFile(f) { calls.push('load ' + f); return Promise.resolve(); } loadURL() { return Promise.resolve(); } }
export const dialog = { showMessageBoxSync: (o) => calls.push('dialog ' + o.title) };
export const ipcMain = { handle: (c) => calls.push('ipc ' + c) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu() {} };
export const session = { defaultSession: { webRequest: { onHeadersReceived() {} }, setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } };
export const shell = { openPath() {} };
export const safeStorage = { isEncryptionAvailable: () => true, encryptString: (s) => Buffer.from(s), decryptString: (b) => b.toString() };`,
    );
    writeFileSync(
      join(stub, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  return specifier === 'electron' ? { url: new URL('./electron.mjs', import.meta.url).href, shortCircuit: true } : next(specifier, context);
}`,
    );
    writeFileSync(
      join(stub, 'run.mjs'),
      `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url);
await import(${JSON.stringify(join(root, 'out', 'main', 'index.js'))});
await new Promise((r) => setTimeout(r, 50));
console.log(JSON.stringify(globalThis.calls));
process.exit(0);`,
    );
    const appData = join(scratch, 'appdata');
    const result = spawnSync(process.execPath, [join(stub, 'run.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, STUB_APPDATA: appData, AKIMAT_DESK_DATA_DIR: '' },
      timeout: 30_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const calls = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as string[];
    expect(calls[0]).toBe(`setPath userData ${join(appData, 'kz.akimatdesk.app')}`);
    expect(calls.filter((c) => c.startsWith('ipc akimat:'))).toHaveLength(15);
    expect(calls).toContain(`window ${join(root, 'out', 'preload', 'index.cjs')}`);
    expect(calls).toContain(`load ${join(root, 'dist', 'renderer', 'index.html')}`);
    expect(readFileSync(join(appData, 'kz.akimatdesk.app', 'app-version.json'), 'utf8')).toContain('"version": "0.1.0"');
  });
});

describe('icons', () => {
  it('has a Windows ICO with 16 to 256 pixel images, each a PNG of its size', () => {
    const ico = readFileSync(join(root, 'build', 'icons', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let n = 0; n < count; n++) {
      const entry = 6 + 16 * n;
      const declared = ico.readUInt8(entry) || 256;
      const data = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const png = PNG.sync.read(Buffer.from(data));
      expect([png.width, png.height]).toEqual([declared, declared]);
      sizes.push(declared);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has Linux PNGs up to 512 pixels, opaque blue in the middle and transparent in the corners', () => {
    const png = PNG.sync.read(readFileSync(join(root, 'build', 'icons', '512x512.png')));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(png.data[3]).toBe(0);
    const at = (x: number, y: number) => Array.from(png.data.subarray((y * 512 + x) * 4, (y * 512 + x) * 4 + 4));
    expect(at(40, 256)).toEqual([0x1f, 0x4e, 0x8c, 255]);
  });
});
