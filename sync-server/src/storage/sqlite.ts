// SQLite driver over better-sqlite3: one file, WAL mode, one connection guarded by a mutex.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Queryable, SqlDriver } from './driver';
import { Mutex } from './mutex';

export class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite' as const;
  readonly description: string;
  readonly db: Database.Database;
  private readonly mutex = new Mutex();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.description = `sqlite:${file}`;
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private readonly queryable: Queryable = {
    all: async <T>(sql: string, params: unknown[] = []) => this.statement(sql).all(...params) as T[],
    get: async <T>(sql: string, params: unknown[] = []) => this.statement(sql).get(...params) as T | undefined,
    run: async (sql: string, params: unknown[] = []) => ({ changes: this.statement(sql).run(...params).changes }),
  };

  async exec(sql: string): Promise<void> {
    await this.mutex.run(async () => void this.db.exec(sql));
  }

  transaction<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      this.db.exec(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED');
      try {
        const result = await fn(this.queryable);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** SQLite's online backup API: a consistent copy while the server runs. */
  async backup(target: string): Promise<void> {
    await this.db.backup(target);
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => this.db.close());
  }
}
