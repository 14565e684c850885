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

/**
 * While this row is there, writes keep no day records: a PC that was empty when its first sync
 * began builds them all on the statistics screen's first open (features/reports/commands.ts)
 * instead of with every pulled page (a tenth of a 10,000-case first sync's CPU). Sorts after every date too.
 */
const DEFERRED: StatsDayRow = emptyDay('deferred');

export async function statsDaysBuilt(db: AkimatDb): Promise<boolean> {
  return (await db.statsDays.get(BUILT.day)) !== undefined;
}

/** Built: every case's facts are in (and kept from now on). Not built: the screen builds them on first open. */
export async function markStatsDaysBuilt(db: AkimatDb, built: boolean): Promise<void> {
  if (!built) return db.statsDays.delete(BUILT.day);
  await db.statsDays.put(BUILT);
  await db.statsDays.delete(DEFERRED.day);
}

export async function statsDaysDeferred(db: AkimatDb): Promise<boolean> {
  return (await db.statsDays.get(DEFERRED.day)) !== undefined;
}

/** From now on writes keep no day records, until the build starts (resumeStatsDays); for a PC with no cases yet. */
export async function deferStatsDays(db: AkimatDb): Promise<void> {
  await Promise.all([db.statsDays.put(DEFERRED), db.statsDays.delete(BUILT.day)]);
}

/** Writes keep their day records again (the build, which then counts every case already written). */
export async function resumeStatsDays(db: AkimatDb): Promise<void> {
  await db.statsDays.delete(DEFERRED.day);
}

/** Whether a summary holds all its day record needs: one written before the statistics (no steps) or the quality indicators (no `reworked`) is folded again from its events. */
export const summaryHasFacts = (summary: CaseSummary): boolean => summary.steps !== undefined && summary.reworked !== undefined;

/** The bundled calendar's working days, counted when a summary is written (as the statistics always have). */
const counter = new WorkingDayCounter();

/**
 * Writes summaries and their days' facts, unless the day records are deferred (`deferred`: the
 * caller read it in this transaction; else read here); call inside a transaction that includes
 * `cases` and `statsDays`. The days are read before anything else is asked: requests the caller
 * makes meanwhile (a pulled page's events) queue behind that read, not ahead of it, so the facts
 * are counted while IndexedDB writes.
 */
export async function putSummaries(db: AkimatDb, summaries: readonly CaseSummary[], deferred?: boolean): Promise<void> {
  if (summaries.length === 0) return;
  const facts = deferred ? null : putFacts(db, summaries, deferred === undefined);
  await Promise.all([db.cases.bulkPut([...summaries]), facts]);
}

/** Writes the facts of summaries (in `cases`, or written in the same transaction) into their days' records; `unlessDeferred`: not while deferred. */
export async function putFacts(db: AkimatDb, summaries: readonly CaseSummary[], unlessDeferred = false): Promise<void> {
  const byDay = byRegistrationDay(summaries);
  const days = [...byDay.keys()];
  const [deferred, stored] = await Promise.all([unlessDeferred && statsDaysDeferred(db), db.statsDays.bulkGet(days)]);
  if (deferred) return;
  await db.statsDays.bulkPut(days.map((day, i) => putCases(stored[i] ?? emptyDay(day), byDay.get(day) ?? [], counter)));
}
