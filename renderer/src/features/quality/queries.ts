// The quality page's reads, live: the facts of the cases that can count in the
// period (submitted in it, or handed over by its end), the survey answers of this
// unit's stream and the complaints. A hand-over or a pulled page re-runs them.
import type { CaseEvent, CaseEventOf } from '@shared/case';
import { type CaseFacts, caseFacts, type ComplaintFacts, type QualityInput, type SurveyRecord } from '@shared/quality';
import { serverOrdered } from '@renderer/db/case-order';
import { db as appDb } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import { streamOf } from '@renderer/db/unit-store';
import { loadDirectory } from '@renderer/features/district/directory';
import type { Bilingual } from '@shared/forms/input';

/** The facts of every case that may count in a period ending `to`, each folded in the order its PC folds it. */
export async function caseFactsUpTo(db: AkimatDb, to: string): Promise<CaseFacts[]> {
  const ids = await db.cases.where('registeredDate').belowOrEqual(to).primaryKeys();
  const events = await db.events.where('caseId').anyOf(ids).toArray();
  const seqs = new Map<string, number>();
  for (const row of await db.pulled.where('caseId').anyOf(ids).toArray()) seqs.set(row.eventId, row.serverSeq);
  for (const row of await db.outbox.bulkGet(events.map((e) => e.id)))
    if (row?.serverSeq !== undefined) seqs.set(row.eventId, row.serverSeq);
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const facts: CaseFacts[] = [];
  for (const list of byCase.values()) {
    const f = caseFacts(serverOrdered(list, (id) => seqs.get(id)));
    if (f) facts.push(f);
  }
  return facts;
}

/** The survey answers recorded at this unit's counter (they never leave its stream for the district). */
export async function surveysOf(db: AkimatDb, settings: OfficeSettings): Promise<SurveyRecord[]> {
  const events = await db.events.where('caseId').equals(streamOf(settings)).toArray();
  return events
    .filter((e): e is CaseEventOf<'surveyAnswered'> => e.type === 'surveyAnswered')
    .map((e) => ({ office: e.office, ...e.payload }));
}

/**
 * The complaints of the journal (branch `complaints`, shared/complaint) as the
 * indicators read them. Until the journal is part of this build there is none,
 * and 4.1–4.2 show "not recorded" rather than a made-up value.
 */
export async function complaintsOf(_db: AkimatDb): Promise<ComplaintFacts[] | undefined> {
  return undefined;
}

export interface QualityData {
  input: QualityInput;
  /** Names of the okrugs a district PC knows, by office code. */
  offices: Record<string, Bilingual>;
}

export async function qualityData(db: AkimatDb, settings: OfficeSettings, to: string): Promise<QualityData> {
  const [cases, surveys, complaints, directory] = await Promise.all([
    caseFactsUpTo(db, to),
    surveysOf(db, settings),
    complaintsOf(db),
    loadDirectory(db),
  ]);
  return { input: { cases, surveys, complaints }, offices: directory?.offices ?? {} };
}

export function useQualityData(settings: OfficeSettings, to: string, enabled: boolean) {
  return useLive(() => qualityData(appDb, settings, to), [settings.officeCode, settings.kind, to], enabled);
}
