// The commission screens' reads, live: each hook re-runs its query when what it
// read changes (a write here, a pull, another window), so no write refreshes a screen.
import { type RefObject, useEffect, useRef } from 'react';
import type { CaseState } from '@shared/case';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { loadCase } from '@renderer/db/case-store';
import { useLive, useLiveAt } from '@renderer/db/live';
import { loadActDraft, type ActDraft } from './commands';
import { casesAtCommission, commissionTodayLists, currentCommission, listSessions, sessionCases, sessionsWithCase } from './reads';
import type { SessionRow } from './tables';

/** The office's commission; null when none has been formed yet. */
export function useCommission() {
  const { settings } = useSession();
  return useLive(async () => (await currentCommission(db, settings.officeCode)) ?? null, [settings.officeCode]);
}

/** One case as the commission sees it; null when there is no such case. */
export function useCaseState(caseId: string, now: string) {
  return useLiveAt(async () => (await loadCase(db, caseId, now)) ?? null, [caseId], now);
}

export function useCasesAtCommission(now: string) {
  return useLiveAt(() => casesAtCommission(db, now), [], now);
}

export function useSessions(commissionId: string) {
  return useLive(() => listSessions(db, commissionId), [commissionId]);
}

/** One session as stored; null when there is none (or no id). */
export function useStoredSession(sessionId: string | undefined) {
  return useLive(async () => (sessionId ? ((await db.commissionSessions.get(sessionId)) ?? null) : null), [sessionId]);
}

export function useSessionsWithCase(commissionId: string, caseId: string) {
  return useLive(() => sessionsWithCase(db, commissionId, caseId), [commissionId, caseId]);
}

/** The agenda and its candidates for the session as being edited (`draft`), once there is one. */
export function useSessionCases(sessionId: string, draft: SessionRow | null, now: string) {
  return useLiveAt(() => sessionCases(db, draft!, now), [sessionId, draft?.caseIds.join(',')], now, !!draft);
}

export function useCommissionToday(now: string) {
  return useLiveAt(() => commissionTodayLists(db, now), [], now);
}

/** The saved session and its agenda, read when a paper is printed (the paper shows what was saved). */
export async function savedSessionForPrint(sessionId: string, now: string): Promise<{ row: SessionRow; states: CaseState[] }> {
  const row = (await db.commissionSessions.get(sessionId))!;
  return { row, states: (await sessionCases(db, row, now)).agenda };
}

/**
 * The half-filled act kept for a case, read once as the editor opens: a live read
 * would hand back each save and overwrite what is being typed. `apply` gets the
 * draft's form when it was typed against the same act in force; returns whether
 * the read is done (saving waits for it only then, so an empty form never overwrites the draft).
 */
export function useActDraftOnce<Form>(caseId: string, supersedes: string | undefined, apply: (form: Form) => void): RefObject<boolean> {
  // A ref, not state: the read finishing is no reason to save.
  const loaded = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: apply is the caller's setter, read once per case and act.
  useEffect(() => {
    let alive = true;
    void loadActDraft<Form>(db, caseId).then((data: ActDraft<Form> | undefined) => {
      if (!alive) return;
      if (data?.form && data.supersedes === supersedes) apply(data.form);
      loaded.current = true;
    });
    return () => {
      alive = false;
    };
  }, [caseId, supersedes]);
  return loaded;
}
