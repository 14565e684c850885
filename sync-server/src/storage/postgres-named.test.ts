// PostgreSQL plans this server's small statements once per connection (named
// statements) and a bulk one afresh each time, so what a connection keeps
// prepared stays small; both answer as before.
import { describe, expect, it } from 'vitest';
import { createThrowAwayDatabase } from '../testing/pg';
import { PostgresDriver } from './postgres';

describe('postgres named statements', () => {
  it('prepare a small statement once per connection and leave a bulk insert unnamed', async () => {
    const database = await createThrowAwayDatabase();
    const driver = new PostgresDriver(database.url, 1);
    try {
      await driver.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, label TEXT)');
      const bulk = Array.from({ length: 150 }, (_, n) => n);
      await driver.transaction('write', (db) =>
        db.run(
          `INSERT INTO t (n, label) VALUES ${bulk.map(() => '(?, ?)').join(', ')}`,
          bulk.flatMap((n) => [n, `№ ${n}`]),
        ),
      );
      const small = 'SELECT label FROM t WHERE n = ? AND label LIKE ?';
      for (const n of [7, 8, 7]) {
        const row = await driver.transaction('read', (db) => db.get<{ label: string }>(small, [n, '№%']));
        expect(row?.label).toBe(`№ ${n}`);
      }
      const prepared = await driver.transaction('read', (db) =>
        db.all<{ statement: string }>('SELECT statement FROM pg_prepared_statements WHERE NOT from_sql'),
      );
      const texts = prepared.map((p) => p.statement);
      expect(texts).toContain('SELECT label FROM t WHERE n = $1 AND label LIKE $2');
      expect(texts.some((text) => text.startsWith('INSERT INTO t'))).toBe(false);
      expect(await driver.transaction('read', (db) => db.get<{ count: number }>('SELECT COUNT(*) AS count FROM t'))).toEqual({
        count: 150,
      });
    } finally {
      await driver.close();
      await database.drop();
    }
  });
});
