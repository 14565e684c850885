// The statistics' own record of each registration day (shared/stats facts.ts),
// written with the case summaries in the same transaction: the statistics
// screen reads a few hundred day records instead of every case's summary.
import { byRegistrationDay, type DayFacts, emptyDay, putCases, WorkingDayCounter } from '@shared/stats';
import type { AkimatDb, CaseSummary } from './schema';

/** Keyed by the registration date "YYYY-MM-DD"; its numbers are one Int32Array, which IndexedDB copies as bytes. */
export type StatsDayRow = DayFacts;

/**
 * The row that says every case's facts are in `statsDays` (a database from before them is built on
 * first use). Its key sorts after every date, so no period ever reads it as a day.
 */
const BUILT: StatsDayRow = emptyDay('built');

export async function statsDaysBuilt(db: AkimatDb): Promise<boolean> {
  return (await db.statsDays.get(BUILT.day)) !== undefined;
}

export async function markStatsDaysBuilt(db: AkimatDb, built: boolean): Promise<void> {
  if (built) await db.statsDays.put(BUILT);
  else await db.statsDays.delete(BUILT.day);
}

/** Whether a summary holds all its day record needs: one written before the statistics (no steps) or the quality indicators (no `reworked`) is folded again from its events. */
export const summaryHasFacts = (summary: CaseSummary): boolean => summary.steps !== undefined && summary.reworked !== undefined;

/** The bundled calendar's working days, counted when a summary is written (as the statistics always have). */
const counter = new WorkingDayCounter();

/** Writes summaries and their days' facts; call inside a transaction that includes `cases` and `statsDays`. */
export async function putSummaries(db: AkimatDb, summaries: readonly CaseSummary[]): Promise<void> {
  if (summaries.length === 0) return;
  await db.cases.bulkPut([...summaries]);
  await putFacts(db, summaries);
}

/** Writes the facts of summaries already in `cases` into their days' records. */
export async function putFacts(db: AkimatDb, summaries: readonly CaseSummary[]): Promise<void> {
  const byDay = byRegistrationDay(summaries);
  const days = [...byDay.keys()];
  const stored = await db.statsDays.bulkGet(days);
  await db.statsDays.bulkPut(days.map((day, i) => putCases(stored[i] ?? emptyDay(day), byDay.get(day) ?? [], counter)));
}
