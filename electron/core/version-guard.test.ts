import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVersions, guardDataVersion, readDataVersion, VERSION_FILE } from './version-guard';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'akimat-data-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('compareVersions', () => {
  it('orders versions the semver way', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0-beta.2', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0-beta.10', '1.0.0-beta.2')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-beta')).toBeLessThan(0);
    expect(() => compareVersions('one', '1.0.0')).toThrow(/not a version/);
  });
});

describe('guardDataVersion', () => {
  it('stamps a new data folder with the running version', () => {
    expect(guardDataVersion(dataDir, '0.1.0')).toEqual({ ok: true, previous: undefined, firstRun: true });
    expect(readDataVersion(dataDir)).toBe('0.1.0');
  });

  it('lets a newer version open older data and raises the stamp', () => {
    guardDataVersion(dataDir, '0.1.0');
    expect(guardDataVersion(dataDir, '0.2.0')).toEqual({ ok: true, previous: '0.1.0', firstRun: false });
    expect(JSON.parse(readFileSync(join(dataDir, VERSION_FILE), 'utf8'))).toMatchObject({ version: '0.2.0', previous: '0.1.0' });
  });

  it('refuses an older version on data a newer version wrote, and leaves the stamp alone', () => {
    guardDataVersion(dataDir, '0.3.0');
    expect(guardDataVersion(dataDir, '0.2.9')).toEqual({ ok: false, reason: 'newerData', dataVersion: '0.3.0', appVersion: '0.2.9' });
    expect(readDataVersion(dataDir)).toBe('0.3.0');
  });

  it('treats a damaged stamp as a first run instead of refusing to start', () => {
    writeFileSync(join(dataDir, VERSION_FILE), '{"version": 12');
    expect(guardDataVersion(dataDir, '0.1.0')).toMatchObject({ ok: true, firstRun: true });
    expect(readDataVersion(dataDir)).toBe('0.1.0');
  });
});
