// What the indicators need to know of a case and of a complaint, read from
// their events; a complaint's from the complaint journal's fold (shared/complaint).
import { type CaseEvent, foldCase } from '../case';
import type { ComplaintState } from '../complaint';

export interface CaseFacts {
  caseId: string;
  /** The office that registered the case (or refused it at intake). */
  office: string;
  /** Local day the documents were submitted: the registration, or the refusal receipt. */
  submittedDate: string;
  /** The documents were refused at intake (incomplete package): the case never ran. */
  refusedAtIntake: boolean;
  /** The legal day of the result (the talon's), for a registered case. */
  resultDate?: string;
  /** When the result was ready for the consumer: received back from the district, or handed over on the spot. */
  readyAt?: string;
  /** When the result was handed over: the consumer has been served. */
  servedAt?: string;
  /** The district returned the package for rework at least once. */
  reworked: boolean;
}

export interface ComplaintFacts {
  office: string;
  /** 'YYYY-MM-DDTHH:mm' */
  registeredAt: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  answeredAt?: string;
  /** Answered after the due day, or not answered and the due day has passed. */
  late: boolean;
  /** The answer found the complaint justified; undefined until answered. */
  justified?: boolean;
}

/** The moment of the last event of a type, read from the end without copying the list. */
function lastAt(events: readonly CaseEvent[], type: CaseEvent['type']): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === type) return events[i].at;
  return undefined;
}

/** What the indicators read of a case beyond its registration: kept in its summary too (statistics' day records). */
export interface ServiceMoments {
  /** When the result was ready for the consumer: received back from the district, or handed over on the spot. */
  readyAt?: string;
  /** When the result was handed over. */
  servedAt?: string;
  reworked: boolean;
}

export function serviceMoments(events: readonly CaseEvent[]): ServiceMoments {
  const servedAt = lastAt(events, 'handedOver');
  return {
    readyAt: lastAt(events, 'resultReceived') ?? servedAt,
    servedAt,
    reworked: events.some((e) => e.type === 'returnedForRework'),
  };
}

/** The facts of one case from its events (in accepted order); undefined when nothing starts the case. */
export function caseFacts(events: readonly CaseEvent[]): CaseFacts | undefined {
  const state = foldCase(events);
  if (!state) return undefined;
  const first = state.events[0];
  return {
    caseId: state.caseId,
    office: first.office,
    submittedDate: first.at.slice(0, 10),
    refusedAtIntake: state.status === 'refusedAtIntake',
    resultDate: state.resultDate,
    ...serviceMoments(state.events),
  };
}

/** A complaint of the journal (shared/complaint) as the indicators read it; the district's own journal counts under the district's code. */
export function complaintFacts(state: ComplaintState): ComplaintFacts {
  return {
    office: state.officeCode ?? state.unit.code,
    registeredAt: state.registeredAt,
    dueDate: state.dueDate,
    answeredAt: state.answeredAt,
    late: state.late || state.overdue,
    justified: state.justified,
  };
}
