// The write-ahead log's fsync, run off the event loop. SQLite runs with
// synchronous = NORMAL, so COMMIT only hands the log's new frames to the OS; a
// write is answered once a fsync of the log that began after its COMMIT has
// finished — the durability of synchronous = FULL, without stalling every other
// request for the length of a disk flush (better-sqlite3 is synchronous). Commits
// that arrive while a flush is under way share the next one.
import { type FileHandle, open } from 'node:fs/promises';

export type Flush = () => Promise<void>;

/**
 * fsync of a file by path, through one handle kept open (an open and a close per flush cost more
 * than the flush itself); a log that does not exist yet holds nothing to flush. SQLite keeps the
 * same log file (reused from its start after a checkpoint) as long as its connection is open.
 */
export function fsyncFile(path: string): Flush & { close(): Promise<void> } {
  let handle: FileHandle | null = null;
  const flush = async () => {
    if (!handle) {
      try {
        handle = await open(path, 'r+');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
    }
    await handle.sync();
  };
  return Object.assign(flush, {
    async close() {
      await handle?.close();
      handle = null;
    },
  });
}

export class WalSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly flush: Flush) {}

  /** Resolves once everything committed before this call is on the disk. */
  afterCommit(): Promise<void> {
    if (!this.running) {
      this.running = this.flush().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    // The flush under way may have started before this commit: wait for the next
    // one, which every commit arriving meanwhile shares.
    if (!this.next) {
      this.next = this.running
        .catch(() => undefined)
        .then(() => {
          this.next = null;
          return this.afterCommit();
        });
    }
    return this.next;
  }
}
