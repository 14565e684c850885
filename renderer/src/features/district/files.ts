// The files of the packages relayed to a district PC: pull brings the events,
// the scans are fetched from the server by their SHA-256 in the background
// after a sync run (and again when a case is opened), so the department can
// work through its inbox offline.
import type { AkimatDb, AttachmentRow } from '@renderer/db/schema';
import { sha256Hex, sniffMime } from '@renderer/db/attachments';
import type { FetchLike } from '@renderer/features/sync/http';
import { loadIdentity } from '@renderer/features/sync/state';

export interface FetchedFiles {
  fetched: number;
  /** Files the server could not give (not arrived yet, or no link). */
  missing: number;
}

export interface PackageFile {
  sha256: string;
  /** The name the akimat gave the file (attachmentAdded), else the start of its hash. */
  name: string;
}

/** Files a relayed package names that this PC does not hold yet. */
export async function missingPackageFiles(db: AkimatDb, caseId: string): Promise<PackageFile[]> {
  const events = await db.events.where('caseId').equals(caseId).toArray();
  const names = new Map<string, string>();
  const wanted = new Set<string>();
  for (const e of events) {
    if (e.type === 'attachmentAdded') names.set(e.payload.sha256, e.payload.name);
    if (e.type === 'packageRelayed') for (const h of e.payload.attachments) wanted.add(h);
  }
  const have = new Set((await db.attachments.where('caseId').equals(caseId).toArray()).map((a) => a.sha256));
  return [...wanted].filter((h) => !have.has(h)).map((sha256) => ({ sha256, name: names.get(sha256) ?? sha256.slice(0, 12) }));
}

/**
 * Downloads the files of a relayed package that this PC does not have yet,
 * checks each against its SHA-256 and keeps it with the case.
 */
export async function fetchPackageFiles(
  db: AkimatDb,
  caseId: string,
  fetchImpl: FetchLike = (i, init) => fetch(i, init),
): Promise<FetchedFiles> {
  const identity = await loadIdentity(db);
  const todo = await missingPackageFiles(db, caseId);
  if (!identity) return { fetched: 0, missing: todo.length };
  let fetched = 0;
  for (const file of todo) {
    try {
      const response = await fetchImpl(`${identity.serverUrl}/attachments/${file.sha256}`, {
        headers: { authorization: `Bearer ${identity.token}` },
      });
      if (!response.ok) continue;
      const blob = await response.blob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const mime = await sniffMime(blob);
      // A file that is not what the package names is not kept.
      if (!mime || (await sha256Hex(bytes)) !== file.sha256) continue;
      const row: AttachmentRow = {
        id: `${caseId}:${file.sha256}`,
        caseId,
        sha256: file.sha256,
        name: file.name,
        mime,
        size: bytes.length,
        blob: new Blob([bytes], { type: mime }),
      };
      await db.attachments.put(row);
      fetched++;
    } catch {
      // No link: the file is fetched after the next sync run, or when the case is opened.
    }
  }
  return { fetched, missing: todo.length - fetched };
}

/** Every relayed package on this PC with files still to fetch: fetch them. */
export async function prefetchPackageFiles(db: AkimatDb, fetchImpl?: FetchLike): Promise<FetchedFiles> {
  const total: FetchedFiles = { fetched: 0, missing: 0 };
  const relayed = new Set((await db.events.filter((e) => e.type === 'packageRelayed').toArray()).map((e) => e.caseId));
  for (const caseId of relayed) {
    if ((await missingPackageFiles(db, caseId)).length === 0) continue;
    const result = await fetchPackageFiles(db, caseId, fetchImpl);
    total.fetched += result.fetched;
    total.missing += result.missing;
  }
  return total;
}
