// One numbered step of the server schema. Steps only ever get appended: a
// released step is never edited, since databases in the field already ran it.
import type { Queryable, SqlDriver } from '../driver';

export interface Migration {
  /** 1, 2, 3…: the schema_version a database is at once this step has run. */
  readonly version: number;
  /** Short and stable, recorded in schema_version beside the number. */
  readonly name: string;
  /** Runs inside the step's own write transaction; `kind` is for the rare step whose SQL differs between databases. */
  up(db: Queryable, kind: SqlDriver['kind']): Promise<void>;
}

/** Runs a script of `;`-separated statements one by one (a prepared statement holds one). */
export async function runScript(db: Queryable, script: string): Promise<void> {
  const statements = script
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sql of statements) await db.run(sql);
}
