// Builds valid case events for tests: a registered child-benefit case from the
// fixture entry, and the events that follow it.
import { computeDeadlines } from '../deadlines/deadlines';
import type { CaseEvent, CaseEventOf, CaseEventType, Payload } from '../case/events';
import { makeIin } from '../iin/iin';
import { fixtureEntry } from './fixture-entry';

export interface EventSource {
  caseId: string;
  device?: string;
  office?: string;
  nextSeq?: () => number;
}

let counter = 0;

export function makeEvent<T extends CaseEventType>(
  source: EventSource,
  type: T,
  payload: Payload<T>,
  at = '2026-11-23T10:00',
): CaseEventOf<T> {
  return {
    id: crypto.randomUUID(),
    caseId: source.caseId,
    type,
    payload,
    actor: { id: 'u-1', name: 'Әлия Сәрсенова', role: 'clerk' },
    office: source.office ?? '0512',
    device: source.device ?? 'dev-A',
    seq: source.nextSeq ? source.nextSeq() : ++counter,
    deviceTime: `${at}:00+05:00`,
    at,
  };
}

export const testApplicant = {
  iin: makeIin('1990-04-12', 'female', 315)!,
  surname: 'Өтемісова',
  name: 'Гүлнәр',
  patronymic: 'Қайратқызы',
  birthDate: '1990-04-12',
  sex: 'female' as const,
  idDocument: { number: '045678912', issuer: 'ҚР ІІМ', date: '2019-06-01' },
  address: 'Ақсу ауылы, Абай көшесі, 12',
  phone: '+7 701 123 45 67',
};

export function registeredEvent(source: EventSource, registeredAt = '2026-11-23T10:00', entry = fixtureEntry): CaseEventOf<'registered'> {
  const d = computeDeadlines(entry, { channel: 'akim', registeredAt });
  return makeEvent(
    source,
    'registered',
    {
      number: '0512-26A-0001',
      entryId: entry.id,
      channel: 'akim',
      applicant: testApplicant,
      family: [],
      documents: [{ id: 'application', original: true, copy: false }],
      schedule: d.steps,
      resultDueAt: d.resultDueAt,
      resultDate: d.resultDate,
      calendarVersion: '2026.1',
    },
    registeredAt,
  );
}

export function newCaseId(): string {
  return crypto.randomUUID();
}

export type { CaseEvent };
