// A fresh database and a filled-in application for db-layer tests (fake-indexeddb).
import 'fake-indexeddb/auto';
import { APPLICANT_FIELDS } from './applicant-fields';
import { AkimatDb } from '@renderer/db/schema';
import type { WriteContext } from '@renderer/db/case-store';
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
