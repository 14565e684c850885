// Builds valid complaint events for tests: a registered complaint about a case
// at an office, and the events that follow it.
import type { CaseEventOf, EventActor, Payload } from '../case/events';
import { type EventSource, makeEvent } from './case-events';

export const AKIM_ACTOR: EventActor = { id: 'u-akim', name: 'Болат Ермеков', role: 'akim' };
export const CLERK_ACTOR: EventActor = { id: 'u-1', name: 'Әлия Сәрсенова', role: 'clerk' };

export function complaintRegisteredEvent(
  source: EventSource,
  registeredAt = '2026-11-23T10:15',
  overrides: Partial<Payload<'complaintRegistered'>> = {},
): CaseEventOf<'complaintRegistered'> {
  const office = source.office ?? '0512';
  return makeEvent(
    source,
    'complaintRegistered',
    {
      unit: { kind: 'office', code: office },
      number: 'Ш-0512-26A-0001',
      registeredAt,
      form: 'written',
      about: { kind: 'case', caseId: '6f1c2a4e-8b3d-4c5e-9f60-1a2b3c4d5e6f', caseNumber: '0512-26A-0001' },
      complainant: { name: 'Өтемісова Гүлнәр', phone: '+7 701 123 45 67' },
      subject: 'Анықтама уақытында берілмеді',
      ...overrides,
    },
    registeredAt,
  );
}

export function complaintAnsweredEvent(source: EventSource, at: string, justified = true): CaseEventOf<'complaintAnswered'> {
  const event = makeEvent(
    source,
    'complaintAnswered',
    { text: 'Шағым қаралды, анықтама берілді.', justified, outgoingNumber: '0512-26A/0007', signedBy: AKIM_ACTOR.name },
    at,
  );
  return { ...event, actor: AKIM_ACTOR };
}
