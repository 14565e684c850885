// A fresh database and a filled-in application for db-layer tests (fake-indexeddb).
import 'fake-indexeddb/auto';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { APPLICANT_FIELDS } from './applicant-fields';
import { AkimatDb } from '@renderer/db/schema';
import type { WriteContext } from '@renderer/db/case-store';
import { appendUnitEvents } from '@renderer/db/unit-store';
import { emptyForm, type IntakeForm } from '@renderer/features/intake/form';
import { fixtureEntry } from '@shared/testing/fixture-entry';

let dbCounter = 0;

export function freshDb(): AkimatDb {
  return new AkimatDb(`test-${Date.now()}-${++dbCounter}`);
}

export const office = { officeCode: '0512', deviceLetter: 'A', deviceId: 'device-1' };
export const clerk = { id: 'u-1', name: 'Сәрсенова Ә.', role: 'clerk' as const };

export function writeContext(db: AkimatDb, at = '2026-11-23T10:00'): WriteContext {
  return { db, office, actor: clerk, at, deviceTime: `${at}:00+05:00` };
}

export function filledForm(overrides: Partial<IntakeForm> = {}): IntakeForm {
  return {
    ...emptyForm(),
    entryId: fixtureEntry.id,
    ...APPLICANT_FIELDS,
    documents: { application: { original: true, copy: false } },
    consentSigned: true,
    ...overrides,
  };
}

export const akim = { id: 'u-akim', name: 'Құрманов Бақыт', role: 'akim' as const };
const TEST_PASSWORD = { kdf: 'pbkdf2', iterations: 10_000, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) } as const;

/** The office's akim on the unit's stream (added once per database), and a write context signed by her. */
export async function akimContext(db: AkimatDb, at = '2026-11-23T10:00'): Promise<WriteContext> {
  const ctx: WriteContext = { db, office, actor: akim, at, deviceTime: `${at}:00+05:00` };
  if (!(await db.users.get(akim.id))) {
    await appendUnitEvents(ctx, () => [
      { type: 'staffAdded', payload: { userId: akim.id, name: akim.name, role: 'akim', password: TEST_PASSWORD } },
    ]);
  }
  return ctx;
}

/** The office's settings as the staff tests set it up (first-run setup with its first person). */
export const TEST_OFFICE_SETTINGS = {
  nameKk: 'Ақсу',
  nameRu: 'Аксу',
  okrug: 'Ақсу',
  district: 'Ақсу',
  officeCode: '0512',
  deviceLetter: 'A',
  hours: DEFAULT_OFFICE_HOURS,
  actIds: [],
};
