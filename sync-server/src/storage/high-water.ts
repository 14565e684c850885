// A restore done by hand (a backup file copied over the database, a dump loaded
// with psql) keeps the epoch the backup had, so the PCs would not notice. The
// server therefore notes, beside its data, the highest server number it has seen
// in this epoch: a database that starts below that mark has gone back in time,
// and gets a new epoch like a restore made with the admin CLI.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCounter } from './queries';
import type { SqlStore } from './sql-store';

export const HIGH_WATER_FILE = 'high-water.json';

interface Mark {
  epoch: string;
  serverSeq: number;
}

async function position(store: SqlStore): Promise<Mark> {
  const serverSeq = await store.driver.transaction('read', (db) => readCounter(db));
  return { epoch: await store.epoch.current(), serverSeq };
}

function readMark(dataDir: string): Mark | null {
  try {
    const mark = JSON.parse(readFileSync(join(dataDir, HIGH_WATER_FILE), 'utf8')) as Partial<Mark>;
    return typeof mark.epoch === 'string' && typeof mark.serverSeq === 'number' ? { epoch: mark.epoch, serverSeq: mark.serverSeq } : null;
  } catch {
    return null;
  }
}

/** At start: a new epoch when the database is behind the mark of its own epoch. Returns the line to log, if any. */
export async function checkHighWater(store: SqlStore, dataDir: string): Promise<string | undefined> {
  const mark = readMark(dataDir);
  const now = await position(store);
  if (!mark || mark.epoch !== now.epoch || mark.serverSeq <= now.serverSeq) return undefined;
  const epoch = await store.epoch.renew(`database behind its high-water mark: ${now.serverSeq} < ${mark.serverSeq}`);
  await recordHighWater(store, dataDir);
  return (
    `The database went back in time: its last server number is ${now.serverSeq}, but this server had reached ${mark.serverSeq} ` +
    `(restored by hand from a backup, or data lost). A new epoch ${epoch} started, so every PC resends what the server lacks.`
  );
}

/** Notes the current epoch and server number (a small file, replaced atomically). */
export async function recordHighWater(store: SqlStore, dataDir: string): Promise<void> {
  const mark = await position(store);
  const file = join(dataDir, HIGH_WATER_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(mark));
  renameSync(`${file}.tmp`, file);
}
