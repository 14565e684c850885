// The folded summary of a case that the lists and searches read.
import { caseShortCode, type CaseState } from '@shared/case';
import { serviceMoments } from '@shared/quality';
import type { CaseSummary } from './schema';
import { searchKey } from './normalise';
import { isFirstEvent, searchFieldsOf } from './search-index';

const CLOSED = new Set(['handedOver', 'refusedAtIntake']);

export function summarise(state: CaseState): CaseSummary {
  const first = state.events[0];
  const applicant = state.registered?.applicant ?? state.refusal?.applicant;
  const surname = applicant?.surname ?? '';
  const fullName = [applicant?.surname, applicant?.name, applicant?.patronymic].filter(Boolean).join(' ');
  const open = !CLOSED.has(state.status);
  return {
    id: state.caseId,
    number: state.number,
    shortCode: caseShortCode(state.caseId),
    entryId: state.entryId,
    status: state.status,
    iin: applicant?.iin ?? '',
    surname,
    surnameKey: searchKey(surname),
    fullName,
    ...searchFieldsOf(state.events.find(isFirstEvent)),
    registeredDate: first.at.slice(0, 10),
    registeredAt: first.at,
    resultDate: state.resultDate,
    openDue: open ? state.nextStep?.due : undefined,
    nextMilestone: open ? state.nextStep?.milestone : undefined,
    acceptedBy: first.actor.name,
    eventCount: state.events.length,
    office: first.office,
    steps: state.steps.map((s) => ({
      stepId: s.stepId,
      milestone: s.milestone,
      term: s.duration ? { amount: s.duration.amount, unit: s.duration.unit } : undefined,
      due: s.due,
      doneAt: s.doneAt,
      counts: s.countsTowardTerm,
    })),
    ...serviceMoments(state.events),
  };
}
