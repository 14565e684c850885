// The quality page's reads, live: the facts of the cases that can count in the
// period (submitted in it, or handed over by its end), the survey answers of this
// unit's stream and the complaints. A hand-over or a pulled page re-runs them.
import type { CaseEvent, CaseEventOf } from '@shared/case';
import { type CaseFacts, caseFacts, type ComplaintFacts, complaintFacts, type QualityInput, type SurveyRecord } from '@shared/quality';
import { localDate } from '@renderer/db/clock';
import { serverOrdered } from '@renderer/db/case-order';
import { db as appDb } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import { streamOf } from '@renderer/db/unit-store';
import { complaintStates } from '@renderer/features/complaints/queries';
import { loadDirectory } from '@renderer/features/district/directory';
import type { Bilingual } from '@shared/forms/input';

/** The events of several streams, each in the order its PC folds it (case-order.ts). */
async function orderedStreams(db: AkimatDb, ids: string[]): Promise<CaseEvent[][]> {
  const events = await db.events.where('caseId').anyOf(ids).toArray();
  const seqs = new Map<string, number>();
  for (const row of await db.pulled.bulkGet(events.map((e) => e.id))) if (row) seqs.set(row.eventId, row.serverSeq);
  for (const row of await db.outbox.bulkGet(events.map((e) => e.id)))
    if (row?.serverSeq !== undefined) seqs.set(row.eventId, row.serverSeq);
  const byStream = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const list = byStream.get(e.caseId);
    if (list) list.push(e);
    else byStream.set(e.caseId, [e]);
  }
  return [...byStream.values()].map((list) => serverOrdered(list, (id) => seqs.get(id)));
}

/** The facts of every case that may count in a period ending `to`. */
export async function caseFactsUpTo(db: AkimatDb, to: string): Promise<CaseFacts[]> {
  const ids = await db.cases.where('registeredDate').belowOrEqual(to).primaryKeys();
  return (await orderedStreams(db, ids)).map(caseFacts).filter((f): f is CaseFacts => f !== undefined);
}

/** The survey answers recorded at this unit's counter (they never leave its stream for the district). */
export async function surveysOf(db: AkimatDb, settings: OfficeSettings): Promise<SurveyRecord[]> {
  const events = await db.events.where('caseId').equals(streamOf(settings)).toArray();
  return events
    .filter((e): e is CaseEventOf<'surveyAnswered'> => e.type === 'surveyAnswered')
    .map((e) => ({ office: e.office, ...e.payload }));
}

/** The complaints of the journal (features/complaints) registered by `to`, folded as of `today`. */
export async function complaintsOf(db: AkimatDb, to: string, today: string): Promise<ComplaintFacts[]> {
  return (await complaintStates(db, '0000-01-01', to, today)).map(complaintFacts);
}

export interface QualityData {
  input: QualityInput;
  /** Names of the okrugs a district PC knows, by office code. */
  offices: Record<string, Bilingual>;
}

export async function qualityData(db: AkimatDb, settings: OfficeSettings, to: string, today = localDate()): Promise<QualityData> {
  const [cases, surveys, complaints, directory] = await Promise.all([
    caseFactsUpTo(db, to),
    surveysOf(db, settings),
    complaintsOf(db, to, today),
    loadDirectory(db),
  ]);
  return { input: { cases, surveys, complaints }, offices: directory?.offices ?? {} };
}

export function useQualityData(settings: OfficeSettings, to: string, enabled: boolean) {
  return useLive(() => qualityData(appDb, settings, to), [settings.officeCode, settings.kind, to], enabled);
}
