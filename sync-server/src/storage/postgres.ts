// PostgreSQL driver over `pg`. Write transactions take one advisory lock, so
// several server instances assign server sequence numbers in commit order and
// a pull never skips a number that commits later.
import pg from 'pg';
import type { Queryable, SqlDriver } from './driver';
import { Mutex } from './mutex';

// BIGINT and COUNT come back as strings by default; our numbers fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

const WRITE_LOCK = 727_001;

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  readonly description: string;
  readonly pool: pg.Pool;
  /**
   * This process's writes take turns before they take a connection: otherwise a burst of pushes
   * holds every pooled connection waiting for the advisory lock, and reads (every request's token
   * check) wait behind them all.
   */
  private readonly writeTurn = new Mutex();

  constructor(
    readonly connectionString: string,
    poolSize = 10,
  ) {
    this.pool = new pg.Pool({ connectionString, max: poolSize });
    // An idle client losing its connection must not crash the server.
    this.pool.on('error', () => undefined);
    const url = new URL(connectionString);
    this.description = `postgres:${url.hostname}:${url.port || 5432}${url.pathname}`;
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  transaction<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T> {
    return mode === 'write' ? this.writeTurn.run(() => this.run(mode, fn)) : this.run(mode, fn);
  }

  private async run<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const db: Queryable = {
      all: async <R>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as R[],
      get: async <R>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows[0] as R | undefined,
      run: async (sql: string, params: unknown[] = []) => ({ changes: (await client.query(numbered(sql), params)).rowCount ?? 0 }),
    };
    try {
      // A write's lock is taken in the same round trip as its BEGIN (one simple query, two statements).
      await client.query(mode === 'write' ? `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})` : 'BEGIN');
      const result = await fn(db);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async readCommitted<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    // One round trip: a statement outside BEGIN … COMMIT is its own transaction.
    return (await this.pool.query(numbered(sql), params)).rows[0] as T | undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
