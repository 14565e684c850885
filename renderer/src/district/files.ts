// The files of the packages relayed to a district PC: pull brings the events,
// the scans are fetched from the server by their SHA-256 when the case is opened.
import type { AkimatDb, AttachmentRow } from '../db/schema';
import { sha256Hex, sniffMime } from '../db/attachments';
import type { FetchLike } from '../sync/http';
import { loadIdentity } from '../sync/state';

export interface FetchedFiles {
  fetched: number;
  /** Files the server could not give (not arrived yet, or no link). */
  missing: number;
}

/**
 * Downloads the files of a relayed package that this PC does not have yet,
 * checks each against its SHA-256 and keeps it with the case. Names come from
 * the akimat's attachmentAdded events.
 */
export async function fetchPackageFiles(db: AkimatDb, caseId: string, fetchImpl: FetchLike = fetch): Promise<FetchedFiles> {
  const identity = await loadIdentity(db);
  const events = await db.events.where('caseId').equals(caseId).toArray();
  const names = new Map<string, string>();
  const wanted = new Set<string>();
  for (const e of events) {
    if (e.type === 'attachmentAdded') names.set(e.payload.sha256, e.payload.name);
    if (e.type === 'packageRelayed') e.payload.attachments.forEach((h) => wanted.add(h));
  }
  const have = new Set((await db.attachments.where('caseId').equals(caseId).toArray()).map((a) => a.sha256));
  const todo = [...wanted].filter((h) => !have.has(h));
  if (!identity) return { fetched: 0, missing: todo.length };
  let fetched = 0;
  for (const sha256 of todo) {
    try {
      const response = await fetchImpl(`${identity.serverUrl}/attachments/${sha256}`, { headers: { authorization: `Bearer ${identity.token}` } });
      if (!response.ok) continue;
      const blob = await response.blob();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const mime = await sniffMime(blob);
      // A file that is not what the package names is not kept.
      if (!mime || (await sha256Hex(bytes)) !== sha256) continue;
      const row: AttachmentRow = { id: `${caseId}:${sha256}`, caseId, sha256, name: names.get(sha256) ?? sha256.slice(0, 12), mime, size: bytes.length, blob: new Blob([bytes], { type: mime }) };
      await db.attachments.put(row);
      fetched++;
    } catch {
      // No link: the file is fetched the next time the case is opened.
    }
  }
  return { fetched, missing: todo.length - fetched };
}
