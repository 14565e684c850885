// SQLite driver over better-sqlite3: one file, WAL mode, one connection guarded by a mutex;
// concurrent writes share one commit (flushWrites).
// Every commit reaches the disk before the server answers, so an acknowledged batch
// survives a power cut: SQLite commits with synchronous = NORMAL and the log is then
// flushed off the event loop (wal-sync.ts) — what synchronous = FULL would give,
// without one request's fsync stalling all the others.
// At open the write-ahead log is read before SQLite does (wal-check.ts) and the file
// is checked (quick_check), so damage is said, not silently dropped.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Queryable, SqlDriver } from './driver';
import { DatabaseDamagedError, DataFolderError, isUnwritable } from './errors';
import { Mutex } from './mutex';
import { checkWal, type WalDamage } from './wal-check';
import { type Flush, fsyncFile, WalSync } from './wal-sync';

interface WriteJob {
  fn: (db: Queryable) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite' as const;
  readonly description: string;
  readonly db!: Database.Database;
  /** Set when the write-ahead log lost committed transactions before this open; its copy is kept beside it. */
  readonly walDamage: (WalDamage & { keptAs: string }) | null = null;
  private readonly mutex = new Mutex();
  /** Writes waiting for the next group commit (flushWrites). */
  private readonly writes: WriteJob[] = [];
  private readonly statements = new Map<string, Database.Statement>();
  /** Flushes the log after commits; none for a database in memory. */
  private readonly walSync: WalSync | null;
  /** The log's own handle, when this driver opened it (closed with the database). */
  private readonly logFile: { close(): Promise<void> } | null = null;

  /** `flush` replaces the log's fsync in tests that hold it back. */
  constructor(
    readonly file: string,
    flush?: Flush,
  ) {
    const memory = file === ':memory:';
    try {
      if (!memory) mkdirSync(dirname(file), { recursive: true });
      const damage = memory ? null : checkWal(`${file}-wal`);
      if (damage) {
        const keptAs = `${file}-wal.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        copyFileSync(`${file}-wal`, keptAs);
        this.walDamage = { ...damage, keptAs };
      }
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('foreign_keys = ON');
      const check = String(this.db.pragma('quick_check', { simple: true }));
      if (check !== 'ok') throw new DatabaseDamagedError(file, check);
    } catch (error) {
      if (this.db?.open) this.db.close();
      if (isUnwritable(error)) throw new DataFolderError(dirname(file), error);
      const code = String((error as { code?: unknown }).code ?? '');
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DatabaseDamagedError(file, (error as Error).message);
      throw error;
    }
    this.description = `sqlite:${file}`;
    const logFile = memory || flush ? null : fsyncFile(`${file}-wal`);
    this.logFile = logFile;
    this.walSync = memory ? null : new WalSync(flush ?? logFile!);
  }

  /** The flush of the latest commit: a read answers only after it, so nothing is served that a power cut could take back. */
  private lastFlush: Promise<void> = Promise.resolve();

  /** Once what has been committed is on the disk. */
  private durable(): Promise<void> {
    if (!this.walSync) return Promise.resolve();
    const flushed = this.walSync.afterCommit();
    this.lastFlush = flushed.catch(() => undefined);
    return flushed;
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private readonly queryable: Queryable = {
    all: async <T>(sql: string, params: unknown[] = []) => this.statement(sql).all(...params) as T[],
    get: async <T>(sql: string, params: unknown[] = []) => this.statement(sql).get(...params) as T | undefined,
    run: async (sql: string, params: unknown[] = []) => ({ changes: this.statement(sql).run(...params).changes }),
  };

  readCommitted<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    // Outside a transaction a statement sees exactly what is committed; inside one (a group
    // awaiting between statements) it would see uncommitted rows, so it waits its turn.
    if (!this.db.inTransaction) return Promise.resolve(this.statement(sql).get(...params) as T | undefined);
    return this.mutex.run(async () => this.statement(sql).get(...params) as T | undefined);
  }

  async exec(sql: string): Promise<void> {
    await this.mutex.run(async () => void this.db.exec(sql));
    await this.durable();
  }

  transaction<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T> {
    if (mode === 'write') {
      return new Promise<T>((resolve, reject) => {
        this.writes.push({ fn, resolve, reject } as WriteJob);
        // The first write of a group books the flush, after the requests that arrived with it (this turn
        // of the event loop) have queued theirs too: one commit and one flush of the log for them all.
        if (this.writes.length === 1) setImmediate(() => void this.mutex.run(() => this.flushWrites()));
      });
    }
    return this.read(fn);
  }

  private async read<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    const result = await this.mutex.run(async () => {
      this.db.exec('BEGIN DEFERRED');
      try {
        const value = await fn(this.queryable);
        this.db.exec('COMMIT');
        return value;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
    await this.lastFlush;
    return result;
  }

  /**
   * Group commit: the writes waiting for the connection run in one transaction, each
   * inside its own savepoint (a failing one is rolled back alone), and one COMMIT
   * and one flush of the log make them all durable before any is answered. The
   * connection is free for the next group as soon as COMMIT returns.
   */
  private async flushWrites(): Promise<void> {
    const group = this.writes.splice(0);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const job of group) {
        this.db.exec('SAVEPOINT job');
        try {
          const value = await job.fn(this.queryable);
          this.db.exec('RELEASE job');
          outcomes.push({ ok: true, value });
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK TO job; RELEASE job');
          outcomes.push({ ok: false, error });
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const job of group) job.reject(error);
      return;
    }
    const answer = () =>
      group.forEach((job, i) => {
        const outcome = outcomes[i];
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    // Not awaited: the mutex is released now, the group is answered after the flush.
    this.durable().then(answer, (error) => {
      for (const job of group) job.reject(error);
    });
  }

  /** SQLite's online backup API: a consistent copy while the server runs. */
  async backup(target: string): Promise<void> {
    await this.db.backup(target);
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => this.db.close());
    await this.lastFlush;
    await this.logFile?.close();
  }
}
