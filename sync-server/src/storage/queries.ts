// Small queries shared by the store and the push check.
import type { Queryable } from './driver';

export async function readCounter(db: Queryable): Promise<number> {
  return Number((await db.get<{ value: number }>("SELECT value FROM counters WHERE name = 'serverSeq'"))!.value);
}

export async function writeCounter(db: Queryable, value: number): Promise<void> {
  await db.run("UPDATE counters SET value = ? WHERE name = 'serverSeq'", [value]);
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
