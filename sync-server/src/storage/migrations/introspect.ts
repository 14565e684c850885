// What tables and columns a database has, asked the way each engine answers.
import type { Queryable, SqlDriver } from '../driver';

export async function tableExists(db: Queryable, kind: SqlDriver['kind'], table: string): Promise<boolean> {
  const sql =
    kind === 'sqlite'
      ? "SELECT 1 AS ok FROM sqlite_master WHERE type = 'table' AND name = ?"
      : 'SELECT 1 AS ok FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?';
  return (await db.get(sql, [table])) !== undefined;
}

export async function columnNames(db: Queryable, kind: SqlDriver['kind'], table: string): Promise<string[]> {
  if (kind === 'sqlite') return (await db.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);
  const rows = await db.all<{ column_name: string }>(
    'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position',
    [table],
  );
  return rows.map((c) => c.column_name);
}
