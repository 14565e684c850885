import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogFile } from './log-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'akimat-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('LogFile', () => {
  it('writes one line per event with time, level and detail', () => {
    const log = new LogFile({ folder: dir, now: () => new Date('2026-11-21T10:00:00Z') });
    log.info('started', { version: '0.1.0' });
    log.error('print failed\nsecond line', new Error('Принтер өшірулі'));
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-11-21T10:00:00.000Z INFO started {"version":"0.1.0"}\n2026-11-21T10:00:00.000Z ERROR print failed second line Error: Принтер өшірулі\n',
    );
  });

  it('rotates by size and keeps a bounded number of old files', () => {
    const log = new LogFile({ folder: dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`line ${i} ${'x'.repeat(30)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    expect(readFileSync(log.file, 'utf8')).toContain('line 39');
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).byteLength).toBeLessThan(300);
  });
});
