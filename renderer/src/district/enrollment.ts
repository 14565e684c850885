// Enrolling a district department's PC with a district enrollment code, and
// fetching the files of the packages relayed to it. The sync client's own
// enrollment is for akimat offices; a district PC writes nothing before its
// first package arrives, so it simply takes the server's identity: events it
// writes carry the district code as their office and the server's device id.
import { EnrollResponse, PROTOCOL_VERSION, type Bilingual } from '../../../shared/sync/protocol';
import type { AkimatDb, AttachmentRow } from '../db/schema';
import { sha256Hex, sniffMime } from '../db/attachments';
import { describeFailure } from '../sync/errors';
import { httpRequest, type FetchLike } from '../sync/http';
import { normaliseServerUrl } from '../sync/enrollment';
import { loadIdentity, syncStateTable, updateStatus, type DeviceIdentity } from '../sync/state';
import { districtBilingual } from '../i18n/district-dictionary';

export type DistrictEnrollment = { ok: true; identity: DeviceIdentity } | { ok: false; message: Bilingual };

export async function enrollDistrictDevice(db: AkimatDb, input: { serverUrl: string; code: string; deviceName?: string }, fetchImpl: FetchLike = fetch): Promise<DistrictEnrollment> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  if (!serverUrl) return { ok: false, message: districtBilingual('enrollUrlBad') };
  if (!input.code.trim()) return { ok: false, message: districtBilingual('problemRequired') };
  const result = await httpRequest(fetchImpl, serverUrl, 'POST', '/enroll', undefined, {
    protocol: PROTOCOL_VERSION,
    code: input.code.trim(),
    ...(input.deviceName?.trim() ? { deviceName: input.deviceName.trim() } : {}),
  });
  if (result.kind === 'networkError') return { ok: false, message: districtBilingual('enrollNoServer') };
  if (result.status !== 200) return { ok: false, message: describeFailure(result).message };
  const parsed = EnrollResponse.safeParse(result.body);
  if (!parsed.success) return { ok: false, message: districtBilingual('enrollBadAnswer') };
  const answer = parsed.data;
  if (answer.scope.kind !== 'district') return { ok: false, message: districtBilingual('enrollOfficeCode') };
  const districtCode = answer.scope.districtCode;
  const identity: DeviceIdentity = { key: 'device', serverUrl, deviceId: answer.deviceId, letter: answer.letter, token: answer.token, scope: answer.scope, enrolledAt: answer.serverTime };

  let refusal: Bilingual | null = null;
  await db.transaction('rw', [db.settings, db.events, db.meta, syncStateTable(db)], async () => {
    const settings = await db.settings.get('office');
    if (!settings) {
      refusal = districtBilingual('enrollBadAnswer');
      return;
    }
    const written = await db.events.filter((e) => e.device === settings.deviceId).count();
    if (written > 0 && settings.deviceId !== answer.deviceId) {
      refusal = districtBilingual('enrollAfterWrites', { count: written });
      return;
    }
    await db.settings.put({ ...settings, officeCode: districtCode, deviceLetter: answer.letter, deviceId: answer.deviceId });
    await syncStateTable(db).put(identity);
    await updateStatus(db, { stopped: undefined, lastProblem: undefined, failures: 0 });
  });
  if (refusal) return { ok: false, message: refusal };
  return { ok: true, identity };
}

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
