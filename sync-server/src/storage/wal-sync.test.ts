// A write is answered only after a flush of the log that began after its commit;
// commits that arrive during a flush share the next one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsyncFile, WalSync } from './wal-sync';

/** A flush the test finishes by hand, counting how many were started. */
function manualFlush() {
  const pending: (() => void)[] = [];
  let started = 0;
  return {
    flush: () =>
      new Promise<void>((resolve) => {
        started++;
        pending.push(resolve);
      }),
    finishOne: async () => {
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    get started() {
      return started;
    },
  };
}

function watch(p: Promise<void>) {
  const state = { done: false };
  void p.then(() => {
    state.done = true;
  });
  return state;
}

describe('the log flush after commits', () => {
  it('answers a commit only once a flush that began after it has finished', async () => {
    const disk = manualFlush();
    const sync = new WalSync(disk.flush);
    const first = watch(sync.afterCommit());
    expect(disk.started).toBe(1);
    // Two commits while the first flush is under way: it may have missed them.
    const second = watch(sync.afterCommit());
    const third = watch(sync.afterCommit());
    await disk.finishOne();
    expect(first.done).toBe(true);
    expect([second.done, third.done]).toEqual([false, false]);
    // They share one further flush.
    expect(disk.started).toBe(2);
    await disk.finishOne();
    expect([second.done, third.done]).toEqual([true, true]);
    expect(disk.started).toBe(2);
  });

  it('passes a failed flush on to the commits waiting for it, and flushes again for the next', async () => {
    let fail = true;
    const sync = new WalSync(async () => {
      if (fail) throw new Error('EIO');
    });
    await expect(sync.afterCommit()).rejects.toThrow('EIO');
    fail = false;
    await expect(sync.afterCommit()).resolves.toBeUndefined();
  });

  it('flushes a log through one handle, once the log exists, and a log not there yet needs no flush', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wal-sync-'));
    try {
      const log = fsyncFile(join(dir, 'db-wal'));
      await log();
      writeFileSync(join(dir, 'db-wal'), 'frames');
      await log();
      await log();
      await log.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
