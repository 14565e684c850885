// The WAL reader tells a damaged log (commits after the break) from an intact one
// and from a log torn at its very end by the crash itself (nothing acknowledged lost).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWal } from './wal-check';

const dir = mkdtempSync(join(tmpdir(), 'akimat-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A log of `commits` one-row transactions, as left by a process that died without a checkpoint. */
function walOf(commits: number): Buffer {
  const file = join(dir, `db-${commits}.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (x TEXT)');
  for (let i = 0; i < commits; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(3000));
  const wal = readFileSync(`${file}-wal`);
  db.close();
  return wal;
}

function check(bytes: Buffer): ReturnType<typeof checkWal> {
  const path = join(dir, `copy-${Math.random()}.wal`);
  writeFileSync(path, bytes);
  return checkWal(path);
}

describe('checkWal', () => {
  const wal = walOf(20);
  const pageSize = wal.readUInt32BE(8);
  const frameSize = 24 + pageSize;
  const frames = (wal.length - 32) / frameSize;

  it('finds nothing wrong in an intact log, or none at all', () => {
    expect(frames).toBeGreaterThan(20);
    expect(check(wal)).toBeNull();
    expect(checkWal(join(dir, 'absent-wal'))).toBeNull();
  });

  it('names the commits a flipped byte in the middle would lose', () => {
    const damaged = Buffer.from(wal);
    damaged[32 + Math.floor(frames / 2) * frameSize + 24 + 10] ^= 0xff;
    const found = check(damaged);
    expect(found?.lostCommits).toBeGreaterThan(5);
    expect(found?.goodFrames).toBeLessThan(frames / 2 + 1);
  });

  it('accepts a log torn inside its last transaction: that commit was never acknowledged', () => {
    const torn = Buffer.from(wal);
    torn[32 + (frames - 1) * frameSize + 24 + 10] ^= 0xff;
    expect(check(torn)).toBeNull();
    expect(check(wal.subarray(0, wal.length - 100))).toBeNull();
  });

  it('sees a damaged log header, which would make SQLite ignore the whole log', () => {
    const damaged = Buffer.from(wal);
    damaged[17] ^= 0xff;
    expect(check(damaged)?.lostCommits).toBeGreaterThan(5);
  });
});
