// What the district tests share: catalogue entries, the actors, a write context,
// a registered case, the commission's events, a decision, and the problems a
// refused command names.
import { testInspectionAct } from '@shared/testing/commission-act';
import { computeDeadlines, DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { findEntry } from '@shared/catalog';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { ScheduledStep } from '@shared/case';
import { testApplicant } from '@shared/testing/case-events';
import { appendEvents, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import { AkimatDb } from '@renderer/db/schema';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { office } from '@renderer/testing/db-fixture';
import { ProblemsError } from '@renderer/ui/form-problems';
import type { DecisionInput } from './commands';
import { expect } from 'vitest';

export const CHILD_BENEFIT = findEntry('kzo-590-2014/child-benefit-under-18')!;
export const LOCAL_AID = findEntry('kzo-590-2014/local-social-assistance')!;
export const CERTIFICATE = findEntry('kzo-590-2014/asp-recipient-certificate')!;

export const akim = { id: 'u-akim', name: 'Әбенов Ғалым', role: 'akim' as const };
export const head = { id: 'u-head', name: 'Құрманова Сәуле', role: 'districtHead' as const };

export function ctx(db: AkimatDb, at: string, actor: WriteContext['actor'] = akim, where = office): WriteContext {
  return { db, office: where, actor, at, deviceTime: `${at}:00+05:00` };
}

let caseCounter = 0;
/** A registered case of `entry` (branch given for entries that have branches), numbered per test. */
export async function registerCase(
  db: AkimatDb,
  entry: CatalogEntry,
  at = '2026-11-23T10:00',
  branch?: string,
  where = office,
  adjust: (steps: ScheduledStep[]) => ScheduledStep[] = (steps) => steps,
): Promise<string> {
  const caseId = crypto.randomUUID();
  const deadlines = computeDeadlines(entry, { channel: 'akim', registeredAt: at, branch });
  await appendEvents(ctx(db, at, akim, where), caseId, () => [
    {
      type: 'registered',
      payload: {
        number: `${where.officeCode}-26A-${String(++caseCounter).padStart(4, '0')}`,
        entryId: entry.id,
        channel: 'akim',
        ...(branch ? { branch } : {}),
        applicant: testApplicant,
        family: [],
        documents: [{ id: 'application', original: true, copy: false }],
        schedule: adjust(deadlines.steps),
        resultDueAt: deadlines.resultDueAt,
        resultDate: deadlines.resultDate,
        calendarVersion: deadlines.calendarVersion ?? '2026.1',
      },
    },
  ]);
  return caseId;
}

/** The precinct commission's events, as its store writes them. */
export async function runCommission(db: AkimatDb, caseId: string, at = '2026-11-24T11:00', where = office): Promise<void> {
  const mother = testApplicant.iin;
  await appendEvents(ctx(db, at, akim, where), caseId, (): NewEvent[] => [
    { type: 'sentToCommission', payload: {} },
    {
      type: 'inspectionRecorded',
      payload: {
        ...testInspectionAct(),
        family: [{ iin: mother, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
        months: ['2026-08', '2026-09', '2026-10'],
        incomes: [{ memberIin: mother, category: 'wages', month: '2026-08', amount: 90000 }],
      },
    },
    { type: 'conclusionAdopted', payload: { conclusion: 'needs', reasons: 'Табысы шектен төмен', perCapita: 30000 } },
  ]);
}

export const notification = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  outcome: 'notification',
  amount: '12 500,50',
  periodFrom: '2026-12-01',
  periodTo: '2027-11-30',
  reasons: [],
  outgoingNumber: '05-12/431',
  signedBy: head.name,
  ...over,
});

export async function problemsOf(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemsError);
  // Each problem as its text key, as the screens look it up.
  return Object.fromEntries(Object.entries((error as ProblemsError).problems).map(([field, p]) => [field, 'text' in p ? p.text : p.iin]));
}

let pcCounter = 0;

/** A set-up akimat or district PC in a database of its own, with its first user (not yet enrolled). */
export async function setUpPc(kind: 'akimat' | 'district', code: string, userName = akim.name): Promise<AkimatDb> {
  const db = new AkimatDb(`district-pc-${Date.now()}-${++pcCounter}`);
  await setUpOffice(
    db,
    {
      kind,
      nameKk: 'Ақсу ауданының бөлімі',
      nameRu: 'Отдел Аксуского района',
      okrug: '',
      district: 'Ақсу',
      officeCode: code,
      deviceLetter: 'A',
      hours: DEFAULT_OFFICE_HOURS,
      actIds: [],
    },
    // The akim (the head on a district PC) the fixtures write as, on the unit's roster from setup.
    { id: kind === 'akimat' ? akim.id : head.id, name: userName, role: 'akim', password: 'құпия-сөз' },
  );
  return db;
}
