// What the screens and papers work out from a case or a session, without the database.
import { checkQuorum, type Commission } from '@shared/commission/commission';
import type { InspectionAct } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import type { SessionRow } from './tables';

/** The acts recorded on a case, oldest first (the last is in force). */
export function actsOf(state: CaseState): InspectionAct[] {
  return state.inspections as unknown as InspectionAct[];
}

/** The applicant's full name as registered. */
export function applicantName(state: CaseState): string {
  const a = state.registered?.applicant;
  return [a?.surname, a?.name, a?.patronymic].filter(Boolean).join(' ');
}

/** The quorum of a session as the commission stood on its date. */
export function sessionQuorum(commission: Commission, session: Pick<SessionRow, 'date' | 'presentIds'>) {
  return checkQuorum(commission, session.date, session.presentIds);
}
