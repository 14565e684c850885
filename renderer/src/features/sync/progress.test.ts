// Progress of a sync run against the real server (issue 14): files uploaded n
// of m, events sent n of m, events received; the bar goes away when the run ends.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { attachFile } from '@renderer/db/attachments';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { ctxOf, officePc, register } from '@renderer/testing/office-pc';
import { type SyncProgress, syncOnce } from './engine';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

const pdf = (n: number) => {
  const bytes = new Uint8Array(2000 + n);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, n], 0);
  return Object.assign(new Blob([bytes], { type: 'application/pdf' }), { name: `скан-${n}.pdf` });
};

describe('sync progress', () => {
  it('counts files uploaded and events sent of those waiting, then events received, and ends with none', async () => {
    const { db } = await officePc('A', '0101');
    await enrollPc(server, db, { officeCode: '0101' });
    for (let i = 0; i < 3; i++) {
      const state = await register(db);
      await attachFile(await ctxOf(db), state.caseId, pdf(i));
    }
    const seen: Array<SyncProgress | null> = [];
    const result = await syncOnce(nodeSyncDeps(db, { onProgress: (p) => seen.push(p) }));
    expect(result).toMatchObject({ kind: 'ok' });
    const pushed = result.kind === 'ok' ? result.pushed : 0;
    const uploads = seen.filter((p) => p?.phase === 'upload');
    expect(uploads[0]).toEqual({ phase: 'upload', done: 0, total: 3 });
    expect(uploads.at(-1)).toEqual({ phase: 'upload', done: 3, total: 3 });
    const pushes = seen.filter((p) => p?.phase === 'push');
    expect(pushes[0]).toEqual({ phase: 'push', done: 0, total: pushed });
    expect(pushes.at(-1)).toEqual({ phase: 'push', done: pushed, total: pushed });
    expect(seen.at(-1)).toBeNull();

    // A second PC of the office receives them: the count grows to what it pulled.
    const other = (await officePc('B', '0101')).db;
    await enrollPc(server, other, { officeCode: '0101' });
    const received: Array<SyncProgress | null> = [];
    const second = await syncOnce(nodeSyncDeps(other, { onProgress: (p) => received.push(p) }));
    const pulled = second.kind === 'ok' ? second.pulled : -1;
    expect(pulled).toBeGreaterThanOrEqual(pushed);
    expect(received.filter((p) => p?.phase === 'pull').at(-1)).toEqual({ phase: 'pull', done: pulled });
    expect(received.at(-1)).toBeNull();
  });
});
