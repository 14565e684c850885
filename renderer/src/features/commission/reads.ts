// Reads of the commission's records on one database: plain Dexie queries (the
// screens run them live through queries.ts; the commands and tests call them).
import Dexie from 'dexie';
import type { CaseState } from '@shared/case';
import { loadCase } from '@renderer/db/case-store';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import type { CommissionRow, SessionRow } from './tables';

/** The office's commission: the one formed by the latest decision. */
export async function currentCommission(db: AkimatDb, officeCode: string): Promise<CommissionRow | undefined> {
  const rows = await db.commissions.where('officeCode').equals(officeCode).toArray();
  return rows
    .sort((a, b) =>
      a.decision.date === b.decision.date ? a.createdAt.localeCompare(b.createdAt) : a.decision.date.localeCompare(b.decision.date),
    )
    .at(-1);
}

export async function listSessions(db: AkimatDb, commissionId: string): Promise<SessionRow[]> {
  return (await db.commissionSessions.where('commissionId').equals(commissionId).toArray()).sort((a, b) => b.number - a.number);
}

/** The conclusions adopted at a session, by case. */
export async function conclusionsOf(db: AkimatDb, session: SessionRow): Promise<Map<string, CaseState>> {
  const out = new Map<string, CaseState>();
  for (const caseId of session.caseIds) {
    const state = await loadCase(db, caseId);
    if (state?.conclusion && (state.conclusion as { sessionId?: string }).sessionId === session.id) out.set(caseId, state);
  }
  return out;
}

/** The sessions that hold a case on their agenda, newest first. */
export async function sessionsWithCase(db: AkimatDb, commissionId: string, caseId: string): Promise<SessionRow[]> {
  return (await db.commissionSessions.where('commissionId').equals(commissionId).toArray())
    .filter((s) => s.caseIds.includes(caseId))
    .sort((a, b) => b.number - a.number);
}

/** The cases the commission holds or has concluded, by number. */
export async function casesAtCommission(db: AkimatDb, now: string): Promise<CaseState[]> {
  const rows = await db.cases.where('status').anyOf('atCommission', 'commissionConcluded').toArray();
  const states = await Promise.all(rows.map((r) => loadCase(db, r.id, now)));
  return states.filter((s) => s !== undefined).sort((a, b) => (a.number < b.number ? -1 : 1));
}

/** A session's agenda, and the cases that could join it (its own and every case at the commission). */
export async function sessionCases(
  db: AkimatDb,
  session: SessionRow,
  now: string,
): Promise<{ agenda: CaseState[]; candidates: CaseState[] }> {
  const atCommission = await db.cases.where('status').equals('atCommission').primaryKeys();
  const ids = [...new Set([...session.caseIds, ...atCommission])];
  const states = (await Promise.all(ids.map((id) => loadCase(db, id, now)))).filter((s): s is CaseState => !!s);
  const byId = new Map(states.map((s) => [s.caseId, s]));
  return { agenda: session.caseIds.map((id) => byId.get(id)).filter((s): s is CaseState => !!s), candidates: states };
}

const TODAY_LIMIT = 50;
const COMMISSION_STEPS = new Set(['sendToCommission', 'commissionConclusion']);

/** For Today: cases waiting to be sent to the commission, and cases whose commission step is overdue. */
export async function commissionTodayLists(db: AkimatDb, now: string): Promise<{ waiting: CaseSummary[]; overdue: CaseSummary[] }> {
  const byStatus = (status: string) => db.cases.where('[status+openDue]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
  const [waiting, overdue] = await Promise.all([
    byStatus('registered')
      .filter((c) => c.nextMilestone === 'sendToCommission' || c.nextMilestone === 'commissionConclusion')
      .limit(TODAY_LIMIT)
      .toArray(),
    db.cases
      .where('openDue')
      .below(now)
      .filter((c) => COMMISSION_STEPS.has(c.nextMilestone ?? ''))
      .limit(TODAY_LIMIT)
      .toArray(),
  ]);
  return { waiting, overdue };
}
