// A database that stops taking writes (read-only, full) while the server runs:
// a push is answered 507 storageUnavailable in kk and ru, with no path or SQL.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDiskFull, isUnwritable } from './storage/errors';
import type { SqliteDriver } from './storage/sqlite';
import { BACKENDS, TestDevice } from './testing/harness';
import { PG_ADMIN_URL } from './testing/pg';
import { useTestServer } from './testing/use-server';

describe.each(BACKENDS)('a database that stops taking writes, on %s', (backend) => {
  const server = useTestServer(backend);

  it('answers a push 507 storageUnavailable in kk and ru, naming nothing of the server', async () => {
    const a = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    if (backend === 'sqlite') {
      (server.store.driver as SqliteDriver).db.pragma('query_only = 1');
    } else {
      const name = new URL(server.databaseUrl!).pathname.slice(1);
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      // The pool's connections are dropped; the new ones start read-only.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await admin.end();
    }
    const batch = { protocol: 1, deviceId: a.deviceId, events: [a.register(randomUUID())] };
    let r = await a.request('POST', '/push', batch);
    // A connection killed under a request may fail once as a plain 500 first: the same batch again (a new event would skip a seq).
    if (r.status === 500) r = await a.request('POST', '/push', batch);
    expect(r.status).toBe(507);
    expect(r.body.code).toBe('storageUnavailable');
    expect(r.body.message.ru).toContain('не может записать');
    expect(JSON.stringify(r.body)).not.toMatch(/sqlite|postgres|\/tmp|SQLITE|25006/);
  });
});

describe('unwritable storage errors', () => {
  it('tells a read-only or full disk from other failures', () => {
    for (const code of ['EACCES', 'EROFS', 'ENOSPC', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_FULL', '25006', '53100']) {
      expect(isUnwritable({ code })).toBe(true);
    }
    expect(isUnwritable({ code: 'ECONNRESET' })).toBe(false);
    expect(isUnwritable(new Error('x'))).toBe(false);
    expect(isDiskFull({ code: 'ENOSPC' })).toBe(true);
    expect(isDiskFull({ code: 'EACCES' })).toBe(false);
  });
});
