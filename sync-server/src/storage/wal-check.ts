// Reads a SQLite write-ahead log the way SQLite will, before SQLite does: SQLite
// silently stops at the first frame whose checksum fails, dropping every commit
// after it. A break with frames of the same generation after it means committed
// transactions are about to vanish; the server must say so rather than go on.
// Format: https://www.sqlite.org/fileformat2.html#walformat
import { existsSync, readFileSync } from 'node:fs';

const HEADER = 32;
const FRAME_HEADER = 24;

export interface WalDamage {
  /** Frames SQLite will use (up to the last good commit). */
  goodFrames: number;
  /** Frames in the file. */
  frames: number;
  /** Commit frames of this log's generation after the break: transactions that will be lost. */
  lostCommits: number;
}

/** Null when the log is absent, empty, intact, or only torn at its end (an unacknowledged write). */
export function checkWal(walFile: string): WalDamage | null {
  if (!existsSync(walFile)) return null;
  const wal = readFileSync(walFile);
  if (wal.length < HEADER) return null;
  const magic = wal.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return { goodFrames: 0, frames: 0, lostCommits: 1 };
  const bigEndian = (magic & 1) === 1;
  const pageSize = wal.readUInt32BE(8) || 65536;
  const frameSize = FRAME_HEADER + pageSize;
  const frames = Math.floor((wal.length - HEADER) / frameSize);
  const salt = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  let sum = checksum(wal, 0, 24, [0, 0], bigEndian);
  const headerOk = sum[0] === wal.readUInt32BE(24) && sum[1] === wal.readUInt32BE(28);

  let good = 0;
  let lastCommit = 0;
  if (headerOk) {
    for (let i = 0; i < frames; i++) {
      const at = HEADER + i * frameSize;
      if (wal.readUInt32BE(at + 8) !== salt[0] || wal.readUInt32BE(at + 12) !== salt[1]) break;
      sum = checksum(wal, at, 8, sum, bigEndian);
      sum = checksum(wal, at + FRAME_HEADER, pageSize, sum, bigEndian);
      if (sum[0] !== wal.readUInt32BE(at + 16) || sum[1] !== wal.readUInt32BE(at + 20)) break;
      good = i + 1;
      if (wal.readUInt32BE(at + 4) !== 0) lastCommit = good;
    }
  }
  // Commits of this generation beyond the last good one: written and acknowledged, now unreadable.
  // A damaged header hides the whole log: its generation is then the first frame's.
  const generation = headerOk || frames === 0 ? salt : [wal.readUInt32BE(HEADER + 8), wal.readUInt32BE(HEADER + 12)];
  let lostCommits = 0;
  for (let i = headerOk ? good : 0; i < frames; i++) {
    const at = HEADER + i * frameSize;
    const sameGeneration = wal.readUInt32BE(at + 8) === generation[0] && wal.readUInt32BE(at + 12) === generation[1];
    if (sameGeneration && wal.readUInt32BE(at + 4) !== 0 && i + 1 > lastCommit) lostCommits++;
  }
  // A torn last transaction (power lost before its commit reached the disk) loses nothing acknowledged.
  return lostCommits > 0 && !(headerOk && lostCommits === 1 && lastCommitIsFinal(wal, frames, frameSize, salt))
    ? { goodFrames: lastCommit, frames, lostCommits }
    : null;
}

/** True when the only unreadable commit is the very last frame: the write torn by the crash itself. */
function lastCommitIsFinal(wal: Buffer, frames: number, frameSize: number, salt: number[]): boolean {
  const at = HEADER + (frames - 1) * frameSize;
  return frames > 0 && wal.readUInt32BE(at + 8) === salt[0] && wal.readUInt32BE(at + 12) === salt[1] && wal.readUInt32BE(at + 4) !== 0;
}

/** SQLite's WAL checksum over 32-bit words, pairwise, continuing from `from`. */
function checksum(buf: Buffer, start: number, length: number, from: number[], bigEndian: boolean): number[] {
  let s0 = from[0];
  let s1 = from[1];
  for (let i = start; i < start + length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}
