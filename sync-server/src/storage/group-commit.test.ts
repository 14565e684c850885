// Group commit (SQLite, and PostgreSQL's writes of one process): writes that wait
// share one transaction, each in its own savepoint — a failing write is undone
// alone, the others keep what they wrote and are answered only after the shared commit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createThrowAwayDatabase } from '../testing/pg';
import { IssuedStatements } from './driver';
import { PostgresDriver } from './postgres';
import { SqliteDriver } from './sqlite';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('sqlite group commit', () => {
  it('keeps every write that succeeded and none of one that failed, answering each on its own', async () => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    const driver = new SqliteDriver(join(dir, 'db.sqlite'));
    await driver.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    const writes = Array.from({ length: 30 }, (_, n) =>
      driver.transaction('write', async (db) => {
        await db.run('INSERT INTO t (n) VALUES (?)', [n]);
        if (n % 7 === 3) throw new Error(`refused ${n}`);
        return n;
      }),
    );
    const settled = await Promise.allSettled(writes);
    const refused = settled.flatMap((s, n) => (s.status === 'rejected' ? [n] : []));
    expect(refused).toEqual([3, 10, 17, 24]);
    expect(settled.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<number>).value)).toHaveLength(26);
    const rows = await driver.transaction('read', (db) => db.all<{ n: number }>('SELECT n FROM t ORDER BY n'));
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 30 }, (_, n) => n).filter((n) => !refused.includes(n)));
    await driver.close();
    // What was answered is on disk: a new connection reads the same.
    const again = new SqliteDriver(join(dir, 'db.sqlite'));
    expect((await again.transaction('read', (db) => db.all('SELECT n FROM t'))).length).toBe(26);
    await again.close();
  });

  it('answers a write, and a read that saw it, only after the log has reached the disk', async () => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    let release: () => void = () => undefined;
    let flushes = 0;
    const driver = new SqliteDriver(join(dir, 'db.sqlite'), async () => {
      flushes++;
      if (flushes > 1) await new Promise<void>((r) => (release = r));
    });
    await driver.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    let written = false;
    let read: number | undefined;
    const write = driver.transaction('write', (db) => db.run('INSERT INTO t (n) VALUES (1)')).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 20));
    // Committed, not yet flushed: the connection is free, but nobody is told.
    const reader = driver.transaction('read', (db) => db.all('SELECT n FROM t')).then((rows) => (read = rows.length));
    await new Promise((r) => setTimeout(r, 20));
    expect([written, read]).toEqual([false, undefined]);
    release();
    await Promise.all([write, reader]);
    expect([written, read]).toEqual([true, 1]);
    await driver.close();
  });
});

describe('postgres group commit', () => {
  it('keeps every write that succeeded and none of one that failed, a failing statement included', async () => {
    const database = await createThrowAwayDatabase();
    const driver = new PostgresDriver(database.url);
    try {
      await driver.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
      const writes = Array.from({ length: 30 }, (_, n) =>
        driver.transaction('write', async (db) => {
          await db.run('INSERT INTO t (n) VALUES (?)', [n]);
          if (n % 7 === 3) throw new Error(`refused ${n}`);
          // A statement PostgreSQL refuses (the row is there already) aborts only this write's savepoint.
          if (n % 7 === 5) await db.run('INSERT INTO t (n) VALUES (?)', [n]);
          return n;
        }),
      );
      const settled = await Promise.allSettled(writes);
      const refused = settled.flatMap((s, n) => (s.status === 'rejected' ? [n] : []));
      expect(refused).toEqual([3, 5, 10, 12, 17, 19, 24, 26]);
      const rows = await driver.transaction('read', (db) => db.all<{ n: number }>('SELECT n FROM t ORDER BY n'));
      expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 30 }, (_, n) => n).filter((n) => !refused.includes(n)));
    } finally {
      await driver.close();
      await database.drop();
    }
  });

  it('runs statements issued together (pipelined) in order: a read after them sees them, a failing one undoes its write alone', async () => {
    const database = await createThrowAwayDatabase();
    const driver = new PostgresDriver(database.url);
    try {
      await driver.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
      const writes = Array.from({ length: 20 }, (_, n) =>
        driver.transaction('write', async (db) => {
          const issued = new IssuedStatements();
          issued.add(db.run('INSERT INTO t (n) VALUES (?)', [n]));
          // Every fifth write issues a statement PostgreSQL refuses, between two that it would take.
          if (n % 5 === 2) issued.add(db.run('INSERT INTO t (n) VALUES (?)', [n]));
          issued.add(db.run('INSERT INTO t (n) VALUES (?)', [n + 1000]));
          const seen = await db.get<{ c: number }>('SELECT COUNT(*) AS c FROM t WHERE n IN (?, ?)', [n, n + 1000]);
          await issued.settled();
          return Number(seen?.c);
        }),
      );
      const settled = await Promise.allSettled(writes);
      const refused = settled.flatMap((s, n) => (s.status === 'rejected' ? [n] : []));
      expect(refused).toEqual([2, 7, 12, 17]);
      expect(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))).toEqual(Array(16).fill(2));
      const rows = await driver.transaction('read', (db) => db.all<{ n: number }>('SELECT n FROM t ORDER BY n'));
      const kept = Array.from({ length: 20 }, (_, n) => n).filter((n) => !refused.includes(n));
      expect(rows.map((r) => r.n)).toEqual([...kept, ...kept.map((n) => n + 1000)]);
    } finally {
      await driver.close();
      await database.drop();
    }
  });
});
