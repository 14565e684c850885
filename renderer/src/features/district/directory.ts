// The names of the offices and the district this PC's scope holds, fetched
// from the server's GET /directory and kept here, so the inbox names an okrug
// in the current language even offline. Kept as one row of the sync state table.
import type { Table } from 'dexie';
import { DirectoryResponse, type Bilingual } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { httpRequest, type FetchLike } from '@renderer/features/sync/http';
import { loadIdentity } from '@renderer/features/sync/state';

export interface DirectoryRow {
  key: 'directory';
  offices: Record<string, Bilingual>;
  districts: Record<string, Bilingual>;
  fetchedAt: string;
}

const table = (db: AkimatDb): Table<DirectoryRow, string> => db.table('syncState');

export async function loadDirectory(db: AkimatDb): Promise<DirectoryRow | undefined> {
  return table(db).get('directory');
}

/** Asks the server for the names; false when there is no link, no enrollment or an answer that is not a directory. */
export async function refreshDirectory(
  db: AkimatDb,
  fetchImpl: FetchLike = (i, init) => fetch(i, init),
  now = new Date(),
): Promise<boolean> {
  const identity = await loadIdentity(db);
  if (!identity) return false;
  const result = await httpRequest(fetchImpl, identity.serverUrl, 'GET', '/directory', identity.token);
  if (result.kind !== 'response' || result.status !== 200) return false;
  const parsed = DirectoryResponse.safeParse(result.body);
  if (!parsed.success) return false;
  const byCode = (units: Array<{ code: string; name: Bilingual }>) => Object.fromEntries(units.map((u) => [u.code, u.name]));
  await table(db).put({
    key: 'directory',
    offices: byCode(parsed.data.offices),
    districts: byCode(parsed.data.districts),
    fetchedAt: now.toISOString(),
  });
  return true;
}
