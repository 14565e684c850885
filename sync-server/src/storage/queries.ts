// Small queries shared by the store and the push check.
import type { Queryable } from './driver';
import type { Device } from './types';

export async function readCounter(db: Queryable): Promise<number> {
  return Number((await db.get<{ value: number }>("SELECT value FROM counters WHERE name = 'serverSeq'"))!.value);
}

export async function writeCounter(db: Queryable, value: number): Promise<void> {
  await db.run("UPDATE counters SET value = ? WHERE name = 'serverSeq'", [value]);
}

/** Where a push starts from, in one statement (on PostgreSQL each statement is a round trip under the write lock). */
export async function readPushStart(
  db: Queryable,
  device: Device,
): Promise<{ last_seq: number | null; server_seq: number; roster_state: number | null; own_district: string | null }> {
  return (await db.get(
    `SELECT (SELECT MAX(seq) FROM events WHERE device_id = ?) AS last_seq,
            (SELECT value FROM counters WHERE name = 'serverSeq') AS server_seq,
            (SELECT roster_state FROM devices WHERE id = ?) AS roster_state,
            (SELECT district_code FROM offices WHERE code = ?) AS own_district`,
    [device.id, device.id, device.kind === 'office' ? device.officeCode : null],
  ))!;
}

/** The relay's listed attachments that have not arrived and been verified yet. */
export async function missingAttachments(db: Queryable, caseId: string): Promise<string[]> {
  const c = await db.get<{ relay_attachments: string | null }>('SELECT relay_attachments FROM cases WHERE case_id = ?', [caseId]);
  const wanted: string[] = c?.relay_attachments ? JSON.parse(c.relay_attachments) : [];
  const missing: string[] = [];
  for (const sha of wanted) if (!(await db.get('SELECT 1 AS ok FROM attachments WHERE sha256 = ?', [sha]))) missing.push(sha);
  return missing;
}

/** Timestamps are stored as ISO strings in every table. */
export function now(): string {
  return new Date().toISOString();
}
