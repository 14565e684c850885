// The district's feed (district_events): every event of a case delivered to a
// district, at the number from which the district sees it (the delivery's number
// for the events before it, the event's own afterwards). A district's pull reads
// it in index order, so a full pull costs in proportion to what it returns.
import type { Queryable } from './driver';

/** Rebuilds a case's rows after its relay changed: all its events at the delivery's number, or none while it waits. */
export async function refreshDistrictFeed(
  db: Queryable,
  caseId: string,
  districtCode: string | null,
  deliveredSeq: number | null,
): Promise<void> {
  await db.run('DELETE FROM district_events WHERE case_id = ?', [caseId]);
  if (districtCode === null || deliveredSeq === null) return;
  await db.run(
    `INSERT INTO district_events (district_code, eff_seq, server_seq, case_id)
     SELECT CAST(? AS TEXT), CASE WHEN CAST(? AS BIGINT) > server_seq THEN CAST(? AS BIGINT) ELSE server_seq END, server_seq, case_id FROM events WHERE case_id = ?`,
    [districtCode, deliveredSeq, deliveredSeq, caseId],
  );
}

/** New events of cases already delivered: each visible from its own number. */
export async function appendDistrictFeed(
  db: Queryable,
  rows: { districtCode: string; serverSeq: number; caseId: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await db.run(
      `INSERT INTO district_events (district_code, eff_seq, server_seq, case_id) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
      part.flatMap((r) => [r.districtCode, r.serverSeq, r.serverSeq, r.caseId]),
    );
  }
}
