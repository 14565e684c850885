// Sending cases to the commission puts them on a session's agenda (issue 14):
// the session of that date when the commission has one, else a new one, so
// the agenda (күн тәртібі) prints right after the cases are sent.
import type { WriteContext } from '@renderer/db/case-store';
import { createSession, updateSession } from './commands';
import type { SessionRow } from './tables';

export async function putOnAgenda(
  ctx: WriteContext,
  input: { commissionId: string; date: string; place: string; caseIds: readonly string[] },
): Promise<SessionRow> {
  const sessions = await ctx.db.commissionSessions.where('commissionId').equals(input.commissionId).toArray();
  const same = sessions.filter((s) => s.date === input.date).sort((a, b) => b.number - a.number)[0];
  if (!same) {
    return createSession(ctx, {
      commissionId: input.commissionId,
      date: input.date,
      place: input.place,
      presentIds: [],
      caseIds: [...input.caseIds],
    });
  }
  const caseIds = [...same.caseIds, ...input.caseIds.filter((id) => !same.caseIds.includes(id))];
  return updateSession(ctx, same.id, { caseIds, ...(input.place.trim() ? { place: input.place.trim() } : {}) });
}

/** The place of the commission's latest session, offered for the next one. */
export function lastPlace(sessions: readonly SessionRow[]): string {
  return [...sessions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.number - a.number))[0]?.place ?? '';
}
