// Against the real sync server: every successful run reports how the PC is doing
// (POST /report), also when its outbox is empty, with its storage use and its last
// few errors (no stack, IIN-like numbers masked); a server without the route (an
// older one) leaves the run a success.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_REPORTED_ERRORS } from '@shared/sync/protocol';
import { appendErrorLog, errorEntry } from '@renderer/features/diagnostics/error-log';
import { officePc } from '@renderer/testing/office-pc';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { syncOnce } from './engine';
import { outboxCounts } from './state';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

/** A fetch that notes every request's method and path and can answer one path itself. */
function recordingFetch(answer?: (path: string) => Response | undefined) {
  const calls: string[] = [];
  const fetchImpl = async (input: string, init?: RequestInit) => {
    const path = new URL(input).pathname;
    calls.push(`${init?.method ?? 'GET'} ${path}`);
    return answer?.(path) ?? fetch(input, init);
  };
  return { calls, fetchImpl };
}

async function deviceRow(deviceId: string) {
  const rows = await server.store.console.devices(null);
  return rows.find((d) => d.id === deviceId)!;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the report after a sync', () => {
  it('reaches the server when the outbox is empty, with storage use and the last few errors', async () => {
    const { db } = await officePc();
    const identity = await enrollPc(server, db, { officeCode: '0101' }, 'Қабылдау');
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect(await outboxCounts(db)).toMatchObject({ pending: 0 });
    const before = await deviceRow(identity.deviceId);

    // Errors logged since: one names an IIN-like number and has a stack; more than a report carries.
    for (let i = 1; i <= MAX_REPORTED_ERRORS + 2; i++) {
      const error = new Error(`failure ${i} for 900101300123`);
      error.stack = `Error: failure ${i}\n    at Screen (case.tsx:10:5)`;
      await appendErrorLog(db, errorEntry('error', error, 'case', new Date(Date.UTC(2026, 10, 30, 1, i))));
    }
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 12.3 * 1024 * 1024, quota: 2 * 1024 ** 3 }) } });
    const { calls, fetchImpl } = recordingFetch();
    expect(await syncOnce(nodeSyncDeps(db, { fetch: fetchImpl }))).toMatchObject({ kind: 'ok', pushed: 0 });

    // Nothing to push: a pull, then the report.
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual(['POST /report']);
    const row = await deviceRow(identity.deviceId);
    expect(row.lastSeenAt! >= before.lastSeenAt!).toBe(true);
    expect(row).toMatchObject({
      appVersion: __APP_VERSION__,
      pendingEvents: 0,
      storageUsedBytes: Math.round(12.3 * 1024 * 1024),
      storageQuotaBytes: 2 * 1024 ** 3,
      serverError: null,
    });
    expect(row.recentErrors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(row.recentErrors[0]).toEqual({
      at: `2026-11-30T01:0${MAX_REPORTED_ERRORS + 2}:00.000Z`,
      source: 'error',
      screen: 'case',
      message: `Error: failure ${MAX_REPORTED_ERRORS + 2} for [IIN]`,
    });
    expect(row.clientError).toContain('[IIN]');
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('900101300123');
    expect(stored).not.toContain('case.tsx');
  });

  it('reports the count still waiting after a push, and a PC without a storage figure keeps the last one', async () => {
    const { db } = await officePc('B');
    const identity = await enrollPc(server, db, { officeCode: '0101' }, 'Екінші');
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 5000, quota: 9000 }) } });
    const { calls, fetchImpl } = recordingFetch();
    expect(await syncOnce(nodeSyncDeps(db, { fetch: fetchImpl }))).toMatchObject({ kind: 'ok' });
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual(['POST /push', 'POST /report']);
    expect(await deviceRow(identity.deviceId)).toMatchObject({ pendingEvents: 0, storageUsedBytes: 5000, storageQuotaBytes: 9000 });

    vi.unstubAllGlobals();
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok' });
    expect(await deviceRow(identity.deviceId)).toMatchObject({ storageUsedBytes: 5000, recentErrors: [] });
  });

  it('leaves the run a success when the server has no /report (an older one) or the report is lost', async () => {
    const { db } = await officePc('C');
    await enrollPc(server, db, { officeCode: '0101' }, 'Үшінші');
    const notFound = recordingFetch((path) =>
      path === '/report' ? new Response(JSON.stringify({ code: 'notFound' }), { status: 404 }) : undefined,
    );
    expect(await syncOnce(nodeSyncDeps(db, { fetch: notFound.fetchImpl }))).toMatchObject({ kind: 'ok' });
    expect(notFound.calls).toContain('POST /report');
    const lost = recordingFetch((path) => {
      if (path === '/report') throw new TypeError('Failed to fetch');
      return undefined;
    });
    expect(await syncOnce(nodeSyncDeps(db, { fetch: lost.fetchImpl }))).toMatchObject({ kind: 'ok' });
  });
});
