// The complaints journal's reads, live: a complaint registered, answered or
// pulled meanwhile shows at once. `complaintJournal` gives the journal's rows
// for a period as plain data (for the printed journal and any export).
import { type ComplaintJournalRow, type ComplaintState, complaintJournalRows, foldComplaint } from '@shared/complaint';
import { eventsOf } from '@renderer/db/case-order';
import { localDate } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import { useLive, useLiveAt } from '@renderer/db/live';
import type { AkimatDb } from '@renderer/db/schema';
import { type ComplaintRow, isOverdue } from './tables';

export type JournalFilter = 'all' | 'open' | 'overdue';

const byRegistration = (a: ComplaintRow, b: ComplaintRow) =>
  a.registeredAt === b.registeredAt ? a.number.localeCompare(b.number) : a.registeredAt < b.registeredAt ? -1 : 1;

/** Complaints registered from `from` to `to` (both included), in journal order, filtered. */
export async function journalList(
  source: AkimatDb,
  from: string,
  to: string,
  filter: JournalFilter,
  today: string,
): Promise<ComplaintRow[]> {
  const rows = await source.complaints.where('registeredDate').between(from, to, true, true).toArray();
  const kept = filter === 'all' ? rows : rows.filter((r) => (filter === 'open' ? r.open === 1 : isOverdue(r, today)));
  return kept.sort(byRegistration);
}

export function useJournalList(from: string, to: string, filter: JournalFilter, enabled: boolean) {
  const today = localDate();
  return useLiveAt(() => journalList(db, from, to, filter, today), [from, to, filter], today, enabled);
}

/** Every unanswered complaint, the nearest due date first. */
export async function openComplaints(source: AkimatDb): Promise<ComplaintRow[]> {
  return source.complaints.where('[open+dueDate]').between([1, ''], [1, '\uffff']).toArray();
}

export function useOpenComplaints() {
  return useLive(() => openComplaints(db), []);
}

/** The complaint folded from its stream as of today; null when this PC has no such complaint. */
export function useComplaint(id: string) {
  const today = localDate();
  return useLiveAt(async () => foldComplaint(await eventsOf(db, id), { now: today }) ?? null, [id], today);
}

/** Every complaint registered in the period, folded as of `today` (the journal's source). */
export async function complaintStates(source: AkimatDb, from: string, to: string, today = localDate()): Promise<ComplaintState[]> {
  const rows = await source.complaints.where('registeredDate').between(from, to, true, true).toArray();
  const states = await Promise.all(rows.map(async (r) => foldComplaint(await eventsOf(source, r.id), { now: today })));
  return states.filter((s): s is ComplaintState => s !== undefined);
}

/** The journal of complaints for a period as rows: what the printed journal shows, and what an export would write. */
export async function complaintJournal(source: AkimatDb, from: string, to: string, today = localDate()): Promise<ComplaintJournalRow[]> {
  return complaintJournalRows(await complaintStates(source, from, to, today), { from, to });
}

/** A case of this PC by its registration number (for a complaint about a case). */
export async function caseByNumber(source: AkimatDb, number: string): Promise<{ id: string; number: string } | undefined> {
  const row = await source.cases.where('number').equals(number).first();
  return row ? { id: row.id, number: row.number } : undefined;
}

/** The journal's rows on this PC's database (for the printed journal). */
export const journalRowsNow = (from: string, to: string) => complaintJournal(db, from, to);

/** A case of this PC's database by its registration number. */
export const findCaseByNumber = (number: string) => caseByNumber(db, number);
