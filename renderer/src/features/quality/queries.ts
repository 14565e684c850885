// The quality page's reads, live: the facts of the cases that can count in the
// period (submitted in it, or handed over by its end), kept in the statistics'
// day records (db/stats-days.ts), the survey answers of this unit's stream and
// the complaints. A hand-over or a pulled page re-runs them.
import type { CaseEventOf } from '@shared/case';
import {
  type CaseFacts,
  caseFactsOfDays,
  type ComplaintFacts,
  complaintFacts,
  type QualityInput,
  type SurveyRecord,
} from '@shared/quality';
import { localDate } from '@renderer/db/clock';
import { db as appDb } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import { statsDaysBuilt } from '@renderer/db/stats-days';
import { streamOf } from '@renderer/db/unit-store';
import { complaintStates } from '@renderer/features/complaints/queries';
import { loadDirectory } from '@renderer/features/district/directory';
import type { Bilingual } from '@shared/forms/input';

/** The facts of every case that may count in a period ending `to` (submitted by then), from the statistics' day records. */
export async function caseFactsUpTo(db: AkimatDb, to: string): Promise<CaseFacts[]> {
  return caseFactsOfDays(await db.statsDays.where('day').belowOrEqual(to).toArray());
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
  /** The day records of a database from before them are still being built (features/reports/commands.ts). */
  preparing: boolean;
  /** Names of the okrugs a district PC knows, by office code. */
  offices: Record<string, Bilingual>;
}

export async function qualityData(db: AkimatDb, settings: OfficeSettings, to: string, today = localDate()): Promise<QualityData> {
  const [cases, surveys, complaints, directory, built] = await Promise.all([
    caseFactsUpTo(db, to),
    surveysOf(db, settings),
    complaintsOf(db, to, today),
    loadDirectory(db),
    statsDaysBuilt(db),
  ]);
  return { input: { cases, surveys, complaints }, offices: directory?.offices ?? {}, preparing: !built };
}

export function useQualityData(settings: OfficeSettings, to: string, enabled: boolean) {
  return useLive(() => qualityData(appDb, settings, to), [settings.officeCode, settings.kind, to], enabled);
}
