// A whole household inspection act and a conclusion, as the commission's
// screens write them, for tests that take a case through the commission.
import type { ConclusionAdoptedPayload, InspectionRecordedPayload } from '../case/commission-payloads';
import { testApplicant } from './case-events';

type ActInput = Omit<InspectionRecordedPayload, 'landPlot' | 'livestock' | 'vehicles' | 'otherProperty' | 'notes' | 'photos'> &
  Partial<InspectionRecordedPayload>;

/** An act with one visiting member, the applicant's household and her wages; `over` replaces any field. */
export function testInspectionAct(over: Partial<InspectionRecordedPayload> = {}): InspectionRecordedPayload {
  const act: ActInput = {
    actId: 'act-1',
    date: '2026-11-25',
    commissionId: 'commission-1',
    visitedBy: [{ id: 'm-1', fullName: 'Жақыпова Сәуле' }],
    address: testApplicant.address,
    family: [{ iin: testApplicant.iin, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
    housing: { type: 'house', ownership: 'own', rooms: 3, area: 64.5, condition: 'satisfactory', utilities: ['electricity', 'water'] },
    months: ['2026-08', '2026-09', '2026-10'],
    incomes: [{ memberIin: testApplicant.iin, category: 'wages', month: '2026-09', amount: 75_000 }],
    ...over,
  };
  return { landPlot: '', livestock: '', vehicles: '', otherProperty: '', notes: '', photos: [], ...act };
}

/** A conclusion adopted at a session, signed by the member who recorded it. */
export function testConclusion(over: Partial<ConclusionAdoptedPayload> = {}): ConclusionAdoptedPayload {
  return {
    conclusion: 'needs',
    reasons: 'Отбасы табысы шектен төмен',
    sessionId: 'session-1',
    commissionId: 'commission-1',
    actId: 'act-1',
    sessionDate: '2026-11-26',
    adoptedBy: { memberId: 'm-1', fullName: 'Жақыпова Сәуле', position: 'хатшы', role: 'secretary' },
    signatures: [{ memberId: 'm-1', fullName: 'Жақыпова Сәуле', position: 'хатшы', role: 'secretary', vote: 'agree' }],
    ...over,
  };
}
