// The quality page reads the cases' facts from the statistics' day records (as
// IndexedDB hands them back): the same facts, and so the same indicators, as
// folding every case's events.
import { describe, expect, it } from 'vitest';
import { type CaseEvent, foldCase } from '@shared/case';
import { caseFacts, caseFactsOfDays, computeIndicators } from '@shared/quality';
import { daysOf, WorkingDayCounter } from '@shared/stats';
import { makeEvent, newCaseId, registeredEvent } from '@shared/testing/case-events';
import { testInspectionAct } from '@shared/testing/commission-act';
import { summarise } from '@renderer/db/projection';

function stream(office: string, at: string, until: number): CaseEvent[] {
  const src = { caseId: newCaseId(), office };
  const day = at.slice(0, 10);
  const events: CaseEvent[] = [
    registeredEvent(src, at),
    makeEvent(src, 'sentToCommission', {}, `${day}T11:00`),
    makeEvent(src, 'inspectionRecorded', testInspectionAct(), `${day}T15:00`),
    makeEvent(src, 'conclusionAdopted', { conclusion: 'needs', reasons: 'табысы шектен төмен' }, `${day}T16:00`),
    makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-11-24T10:00'),
    makeEvent(src, 'receivedByDistrict', { incomingNumber: 'К-1', incomingDate: '2026-11-24' }, '2026-11-24T12:00'),
    makeEvent(src, 'returnedForRework', { remarks: 'анықтама жоқ' }, '2026-11-25T10:00'),
    makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-11-26T10:00'),
    makeEvent(src, 'receivedByDistrict', { incomingNumber: 'К-2', incomingDate: '2026-11-26' }, '2026-11-26T12:00'),
    makeEvent(src, 'decided', { outcome: 'notification', amount: 5000, outgoingNumber: 'Ш-9', signedBy: 'Бастық Б.' }, '2026-12-02T16:00'),
    makeEvent(src, 'resultReceived', { outcome: 'notification' }, '2026-12-03T10:00'),
    makeEvent(src, 'handedOver', { receivedBy: 'Өтемісова Г.', result: 'notification' }, '2026-12-04T11:00'),
  ];
  return events.slice(0, until);
}

const refusal = (office: string): CaseEvent[] => [
  makeEvent({ caseId: newCaseId(), office }, 'refusalReceiptIssued', {
    number: '0512-26A-0002',
    entryId: 'test-1-2026/child-benefit-under-18',
    applicant: { surname: 'Ахметов', name: 'Бауыржан' },
    missingDocuments: [{ id: 'birth-certificate', kk: 'Баланың туу туралы куәлігі', ru: 'Свидетельство о рождении ребёнка' }],
  }),
];

describe("the cases' facts kept in the statistics' day records", () => {
  it('are the facts folded from the events, and give the same indicators', () => {
    const streams = [
      stream('0512', '2026-11-23T10:00', 1),
      stream('0512', '2026-11-23T10:30', 5),
      stream('0513', '2026-11-23T11:00', 7),
      stream('0513', '2026-11-20T09:00', 11),
      stream('0512', '2026-11-20T09:30', 12),
      refusal('0512'),
    ];
    const summaries = streams.map((events) => summarise(foldCase(events)!));
    const fromDays = caseFactsOfDays(structuredClone(daysOf(summaries, new WorkingDayCounter())));
    const fromEvents = streams.map((events) => caseFacts(events)!);
    // The records keep the moments as their days: all the indicators compare.
    const asDays = (f: (typeof fromEvents)[number]) => ({ ...f, readyAt: f.readyAt?.slice(0, 10), servedAt: f.servedAt?.slice(0, 10) });
    const byId = (a: { caseId: string }, b: { caseId: string }) => a.caseId.localeCompare(b.caseId);
    expect(fromDays.sort(byId)).toEqual(fromEvents.map(asDays).sort(byId));
    expect(fromDays.filter((f) => f.reworked)).toHaveLength(3);
    expect(fromDays.filter((f) => f.refusedAtIntake)).toHaveLength(1);
    for (const month of ['2026-11', '2026-12'])
      expect(computeIndicators({ cases: fromDays, surveys: [] }, { from: `${month}-01`, to: `${month}-31` })).toEqual(
        computeIndicators({ cases: fromEvents, surveys: [] }, { from: `${month}-01`, to: `${month}-31` }),
      );
  });
});
