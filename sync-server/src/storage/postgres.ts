// PostgreSQL driver over `pg`. Write transactions take one advisory lock, so
// several server instances assign server sequence numbers in commit order and
// a pull never skips a number that commits later. This process's writes share
// transactions (group commit, as on SQLite): one lock, one commit and one flush
// of PostgreSQL's log for the writes that waited, each in its own savepoint.
// Connections pipeline: statements issued without waiting for the one before
// (independent reads, a batch's writes) go out together and cost one round trip;
// PostgreSQL still runs them in the order they were issued.
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

/**
 * Statements by name: PostgreSQL parses and plans a named statement once per connection instead of on
 * every call (bench:sync's fleet, paired runs: p95 1.97/1.50/3.51 s → 1.49/0.96/1.97 s). Each
 * connection keeps what it prepared, about 0.5 KB per parameter (measured on PostgreSQL 15: a 100-row
 * insert of 10 columns, 0.5 MB), so only statements of up to 200 parameters are named, at most 200 of
 * them and 20,000 parameters in all (10 MB a connection at worst); the rest go unnamed, as every
 * statement did before. Behind PgBouncer in transaction mode, set its max_prepared_statements (1.21+).
 */
const names = new Map<string, string>();
const MAX_NAMED = 200;
/** A bulk insert or look-up (a big batch, a first sync) is planned afresh: its plan costs little beside its rows. */
const MAX_PARAMS_OF_NAMED = 200;
const MAX_NAMED_PARAMS = 20_000;
let namedParams = 0;

function statement(sql: string, values: unknown[]): pg.QueryConfig {
  let name = names.get(sql);
  if (
    name === undefined &&
    names.size < MAX_NAMED &&
    values.length <= MAX_PARAMS_OF_NAMED &&
    namedParams + values.length <= MAX_NAMED_PARAMS
  ) {
    name = `s${names.size}`;
    names.set(sql, name);
    namedParams += values.length;
  }
  return { name, text: numbered(sql), values };
}

interface WriteJob {
  fn: (db: Queryable) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

function queryable(client: pg.PoolClient): Queryable {
  return {
    all: async <R>(sql: string, params: unknown[] = []) => (await client.query(statement(sql, params))).rows as R[],
    get: async <R>(sql: string, params: unknown[] = []) => (await client.query(statement(sql, params))).rows[0] as R | undefined,
    run: async (sql: string, params: unknown[] = []) => ({ changes: (await client.query(statement(sql, params))).rowCount ?? 0 }),
  };
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
  /** Writes waiting for the next group (flushWrites). */
  private readonly writes: WriteJob[] = [];

  constructor(
    readonly connectionString: string,
    poolSize = 10,
  ) {
    this.pool = new pg.Pool({ connectionString, max: poolSize, pipeline: true });
    // A client losing its connection must not crash the server: an idle one is the pool's error; one in
    // use emits its own, which nobody would hear (its statements in flight fail anyway, and the pool drops
    // it when it comes back). pg-connection-loss.test.ts cuts the connections under pushes.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    const url = new URL(connectionString);
    this.description = `postgres:${url.hostname}:${url.port || 5432}${url.pathname}`;
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  transaction<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T> {
    if (mode === 'read') return this.read(fn);
    return new Promise<T>((resolve, reject) => {
      this.writes.push({ fn, resolve, reject } as WriteJob);
      // The first write of a group books it, after the requests that arrived with it have queued theirs.
      if (this.writes.length === 1) setImmediate(() => void this.writeTurn.run(() => this.flushWrites()));
    });
  }

  /**
   * A read on one connection, without BEGIN and COMMIT: at READ COMMITTED (PostgreSQL's default, which
   * this server keeps) each statement of a transaction takes its own snapshot anyway, so they would
   * only cost two round trips. Reads that span statements rely on the counter being read first
   * (writes commit in sequence order under the write lock), as on SQLite.
   */
  private async read<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await fn(queryable(client));
    } finally {
      client.release();
    }
  }

  /**
   * The waiting writes in one transaction, each in a savepoint (a failing one is undone alone); every
   * savepoint step goes in one round trip with the next. Each is answered only after the COMMIT.
   */
  private async flushWrites(): Promise<void> {
    const group = this.writes.splice(0);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const client = await this.pool.connect().catch((error: unknown) => {
      for (const job of group) job.reject(error);
    });
    if (!client) return;
    // A job's RELEASE goes out with the next job's first statements, not waited for on its own
    // (a failed one fails the statements after it, and so the whole group).
    const released: Promise<unknown>[] = [];
    try {
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK}); SAVEPOINT job`);
      for (const [i, job] of group.entries()) {
        const next = i + 1 < group.length ? '; SAVEPOINT job' : '';
        try {
          outcomes.push({ ok: true, value: await job.fn(queryable(client)) });
          const release = client.query(`RELEASE job${next}`);
          release.catch(() => undefined); // answered by Promise.all below, not an unhandled rejection meanwhile
          released.push(release);
        } catch (error) {
          outcomes.push({ ok: false, error });
          await client.query(`ROLLBACK TO job; RELEASE job${next}`);
        }
      }
      await Promise.all(released);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      for (const job of group) job.reject(error);
      return;
    } finally {
      client.release();
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  async readCommitted<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    // One round trip: a statement outside BEGIN … COMMIT is its own transaction.
    return (await this.pool.query(statement(sql, params))).rows[0] as T | undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
