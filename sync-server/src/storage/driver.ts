// The small SQL surface the store needs, implemented for SQLite and PostgreSQL.
// SQL is written once with `?` placeholders; the PostgreSQL driver numbers them.

export interface Queryable {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  run(sql: string, params?: unknown[]): Promise<{ changes: number }>;
}

export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for /health and logs (never a password). */
  readonly description: string;
  exec(sql: string): Promise<void>;
  /**
   * Runs fn in one transaction. Write transactions are serialised across every
   * server process sharing the database (SQLite: BEGIN IMMEDIATE; PostgreSQL:
   * a transaction-level advisory lock), so server sequence numbers commit in order.
   */
  transaction<T>(mode: 'read' | 'write', fn: (db: Queryable) => Promise<T>): Promise<T>;
  /**
   * One row of one statement over what is committed now, without a transaction and without waiting
   * for the log's flush: for per-request lookups (a token, the epoch) that a power cut cannot make
   * wrong — a token is answered only after its enrollment is flushed, and a lost revocation would
   * only refuse wrongly, never admit.
   */
  readCommitted<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  close(): Promise<void>;
}

/**
 * Statements issued at once and awaited together: on PostgreSQL they go out without waiting for each
 * other (the connection pipelines), so a batch's writes cost one round trip; every driver runs them
 * in the order they were issued, and a statement awaited after them sees what they wrote.
 */
export class IssuedStatements {
  private readonly pending: Promise<unknown>[] = [];

  add(statement: Promise<unknown>): void {
    // Reported by settled(); until then a failure must not count as an unhandled rejection.
    statement.catch(() => undefined);
    this.pending.push(statement);
  }

  /** Once every statement has run; the first failure, if any. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}
