// A pushed batch's deliveries (push-batch.ts): streams a district sees from their
// first event, and relays — a package goes to the office's district, and is
// delivered once every file it lists has arrived (else when the last one does).
// Each rebuilds the case's rows of the district's feed (district-feed.ts).
import type { Queryable } from './driver';
import { refreshDistrictFeed } from './district-feed';
import { missingAttachments } from './queries';

/** What this needs of a case's row; updated in place. */
interface DeliveredRow {
  case_id: string;
  district_code: string | null;
  delivered_seq: number | null;
}

/** Applies them after the batch's events are written; returns the cases whose feed was rebuilt and the last server number used. */
export async function applyDeliveries(
  db: Queryable,
  rowOf: (caseId: string) => DeliveredRow,
  newlyDelivered: ReadonlyMap<string, { districtCode: string; firstSeq: number }>,
  relays: ReadonlyMap<string, { districtCode: string; attachments: string[] }>,
  lastSeq: number,
): Promise<{ refreshed: Set<string>; serverSeq: number }> {
  let serverSeq = lastSeq;
  const refreshed = new Set<string>();
  for (const [caseId, delivered] of newlyDelivered) {
    const row = rowOf(caseId);
    row.district_code = delivered.districtCode;
    row.delivered_seq = delivered.firstSeq;
    await db.run('UPDATE cases SET district_code = ?, delivered_seq = ? WHERE case_id = ?', [
      row.district_code,
      row.delivered_seq,
      row.case_id,
    ]);
    await refreshDistrictFeed(db, row.case_id, row.district_code, row.delivered_seq);
    refreshed.add(row.case_id);
  }
  for (const [caseId, relay] of relays) {
    const row = rowOf(caseId);
    // Once delivered to this district the case stays visible there; a new relay elsewhere waits again.
    const stillDelivered = row.delivered_seq !== null && row.district_code === relay.districtCode;
    await db.run('UPDATE cases SET district_code = ?, relay_attachments = ?, delivered_seq = ? WHERE case_id = ?', [
      relay.districtCode,
      JSON.stringify(relay.attachments),
      stillDelivered ? row.delivered_seq : null,
      caseId,
    ]);
    if (stillDelivered) continue;
    row.district_code = relay.districtCode;
    row.delivered_seq = null;
    if ((await missingAttachments(db, caseId)).length === 0) {
      row.delivered_seq = ++serverSeq;
      await db.run('UPDATE cases SET delivered_seq = ? WHERE case_id = ?', [row.delivered_seq, caseId]);
    }
    await refreshDistrictFeed(db, caseId, row.district_code, row.delivered_seq);
    refreshed.add(caseId);
  }
  return { refreshed, serverSeq };
}
