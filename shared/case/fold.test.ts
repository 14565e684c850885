import { describe, expect, it } from 'vitest';
import { CatalogEntry } from '../catalog/schema';
import { fixtureInput } from '../testing/fixture-entry';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { testInspectionAct } from '../testing/commission-act';
import { validateEvent } from './events';
import { canAppend, foldCase } from './fold';

function happyPath() {
  const src = { caseId: newCaseId() };
  const events = [
    registeredEvent(src),
    makeEvent(src, 'talonIssued', { resultDate: '2026-12-17', duplicate: false }),
    makeEvent(src, 'consentRecorded', { signedBy: 'Өтемісова Г.' }),
    makeEvent(src, 'sentToCommission', {}, '2026-11-24T11:00'),
    makeEvent(src, 'inspectionRecorded', testInspectionAct(), '2026-11-26T15:00'),
    makeEvent(src, 'conclusionAdopted', { conclusion: 'needs', reasons: 'табысы шектен төмен' }, '2026-11-27T12:00'),
    makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-11-30T10:00'),
    makeEvent(src, 'receivedByDistrict', { incomingNumber: 'К-17', incomingDate: '2026-12-01' }, '2026-12-01T10:00'),
    makeEvent(src, 'districtExecutorAssigned', { executorId: 'd-2', executorName: 'Ержанов Д.' }, '2026-12-01T10:10'),
    makeEvent(src, 'decided', { outcome: 'notification', amount: 5000, outgoingNumber: 'Ш-9', signedBy: 'Бастық Б.' }, '2026-12-02T16:00'),
    makeEvent(src, 'resultReceived', { outcome: 'notification' }, '2026-12-03T10:00'),
    makeEvent(src, 'handedOver', { receivedBy: 'Өтемісова Г.', result: 'notification' }, '2026-12-03T11:00'),
  ];
  return { src, events };
}

describe('foldCase', () => {
  it('follows a child-benefit case from registration to hand-over', () => {
    const { events } = happyPath();
    const statuses = events.map((_, i) => foldCase(events.slice(0, i + 1))!.status);
    expect(statuses).toEqual([
      'registered',
      'registered',
      'registered',
      'atCommission',
      'atCommission',
      'commissionConcluded',
      'relayed',
      'atDistrict',
      'atDistrict',
      'decided',
      'resultReady',
      'handedOver',
    ]);
    const state = foldCase(events, { now: '2026-12-20T10:00' })!;
    expect(state.rejected).toEqual([]);
    expect(state.resultDate).toBe('2026-12-17');
    expect(state.nextStep).toBeUndefined();
    expect(state.overdue).toBe(false);
    expect(state.steps.filter((s) => s.milestone).every((s) => s.doneAt)).toBe(true);
    expect(state.decision?.amount).toBe(5000);
  });

  it('gives the next step with its due moment', () => {
    const { events } = happyPath();
    const state = foldCase(events.slice(0, 3), { now: '2026-11-23T12:00' })!;
    expect(state.nextStep?.milestone).toBe('sendToCommission');
    expect(state.nextStep?.due).toBe('2026-11-25T18:00');
  });

  it('flags overdue steps and late ones', () => {
    const { src, events } = happyPath();
    const waiting = foldCase(events.slice(0, 3), { now: '2026-11-26T09:00' })!;
    expect(waiting.overdue).toBe(true);
    expect(waiting.steps.find((s) => s.milestone === 'sendToCommission')?.overdue).toBe(true);
    const lateSend = foldCase([...events.slice(0, 3), makeEvent(src, 'sentToCommission', {}, '2026-11-26T10:00')], {
      now: '2026-11-26T11:00',
    })!;
    const step = lateSend.steps.find((s) => s.milestone === 'sendToCommission')!;
    expect(step.late).toBe(true);
    expect(step.overdue).toBe(false);
  });

  it('rejects a conclusion without an inspection act', () => {
    const { src, events } = happyPath();
    const state = foldCase([...events.slice(0, 4), makeEvent(src, 'conclusionAdopted', { conclusion: 'needs', reasons: 'x' })])!;
    expect(state.status).toBe('atCommission');
    expect(state.rejected.map((r) => r.code)).toEqual(['noInspectionAct']);
  });

  it('rejects relaying before the commission has concluded', () => {
    const { src, events } = happyPath();
    const state = foldCase([...events.slice(0, 3), makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] })])!;
    expect(state.rejected[0].code).toBe('conclusionMissing');
    expect(state.status).toBe('registered');
  });

  it('rejects a commission for a service whose regulation has none', () => {
    const input = structuredClone(fixtureInput);
    input.channels[0].steps = input.channels[0].steps.filter(
      (s) => s.milestone !== 'sendToCommission' && s.milestone !== 'commissionConclusion',
    );
    const entry = CatalogEntry.parse(input);
    const src = { caseId: newCaseId() };
    const events = [registeredEvent(src, '2026-11-23T10:00', entry), makeEvent(src, 'sentToCommission', {})];
    const state = foldCase(events)!;
    expect(state.rejected[0].code).toBe('noCommissionInRegulation');
    // and relaying straight away is allowed there
    expect(canAppend(events.slice(0, 1), makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }))).toEqual({ ok: true });
  });

  it('rejects district events before the package arrived and hand-over before a result', () => {
    const { src, events } = happyPath();
    const base = events.slice(0, 6);
    expect(canAppend(base, makeEvent(src, 'decided', { outcome: 'refusal', outgoingNumber: '1', signedBy: 'x' }))).toMatchObject({
      ok: false,
      code: 'notAtDistrict',
    });
    expect(canAppend(base, makeEvent(src, 'receivedByDistrict', { incomingNumber: '1', incomingDate: '2026-12-01' }))).toMatchObject({
      ok: false,
      code: 'notRelayed',
    });
    expect(canAppend(base, makeEvent(src, 'handedOver', { receivedBy: 'x', result: 'notification' }))).toMatchObject({
      ok: false,
      code: 'resultNotReceived',
    });
    expect(canAppend(base, makeEvent(src, 'resultReceived', { outcome: 'refusal' }))).toMatchObject({ ok: false, code: 'notDecided' });
  });

  it('rejects a second registration, events of another case and anything after hand-over', () => {
    const { src, events } = happyPath();
    expect(canAppend(events, registeredEvent(src))).toMatchObject({ ok: false, code: 'notFirst' });
    expect(canAppend(events, makeEvent({ caseId: newCaseId() }, 'consentRecorded', { signedBy: 'x' }))).toMatchObject({
      ok: false,
      code: 'wrongCase',
    });
    expect(canAppend(events, makeEvent(src, 'returnedForRework', { remarks: 'x' }))).toMatchObject({ ok: false, code: 'caseClosed' });
    expect(canAppend(events, makeEvent(src, 'formReprinted', { form: 'talon' }))).toEqual({ ok: true });
  });

  it('a case must start with registration or a refusal receipt', () => {
    const src = { caseId: newCaseId() };
    expect(foldCase([makeEvent(src, 'consentRecorded', { signedBy: 'x' })])).toBeUndefined();
  });

  it('a refusal receipt closes the case at the counter', () => {
    const src = { caseId: newCaseId() };
    const refusal = makeEvent(src, 'refusalReceiptIssued', {
      number: '0512-26A-0002',
      entryId: 'test-1-2026/child-benefit-under-18',
      applicant: { surname: 'Ахметов', name: 'Бауыржан' },
      missingDocuments: [{ id: 'birth-certificate', kk: 'Баланың туу туралы куәлігі', ru: 'Свидетельство о рождении ребёнка' }],
    });
    const state = foldCase([refusal, makeEvent(src, 'sentToCommission', {})])!;
    expect(state.status).toBe('refusedAtIntake');
    expect(state.rejected[0].code).toBe('notRegistered');
    expect(state.nextStep).toBeUndefined();
  });

  it('returns for rework and accepts the resubmitted package', () => {
    const { src, events } = happyPath();
    const atDistrict = events.slice(0, 8);
    const rework = makeEvent(src, 'returnedForRework', { remarks: 'Туу туралы куәліктің көшірмесі оқылмайды' }, '2026-12-01T15:00');
    const state = foldCase([...atDistrict, rework])!;
    expect(state.status).toBe('returnedForRework');
    expect(state.reworkRemarks).toMatch(/оқылмайды/);
    expect(state.steps.find((s) => s.milestone === 'relay')?.doneAt).toBeUndefined();
    const again = foldCase([
      ...atDistrict,
      rework,
      makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-12-02T09:00'),
    ])!;
    expect(again.status).toBe('relayed');
    expect(again.reworkRemarks).toBeUndefined();
  });
});

describe('validateEvent', () => {
  it('accepts a well-formed event', () => {
    const { events } = happyPath();
    for (const e of events) expect(validateEvent(JSON.parse(JSON.stringify(e)))).toMatchObject({ ok: true });
  });
  it('names the field that is wrong', () => {
    const { events } = happyPath();
    const bad = JSON.parse(JSON.stringify(events[0]));
    bad.payload.applicant.iin = '123';
    expect(validateEvent(bad)).toMatchObject({ ok: false, field: 'payload.applicant.iin' });
    expect(validateEvent({ ...events[1], type: 'nonsense' })).toMatchObject({ ok: false });
    expect(validateEvent({ ...events[1], seq: 0 })).toMatchObject({ ok: false, field: 'seq' });
  });
});

describe('an act that gives acceptance and sending one term (000:L4997-5001)', () => {
  it('Kyzylorda local social assistance, documents missing: the case goes to the commission, the normal branch does not', async () => {
    const { findEntry } = await import('../catalog/index');
    const entry = findEntry('kzo-590-2014/local-social-assistance')!;
    const { computeDeadlines } = await import('../deadlines/deadlines');
    const caseFor = (branch: string) => {
      const src = { caseId: newCaseId() };
      const reg = registeredEvent(src, '2026-11-23T10:00', entry);
      const d = computeDeadlines(entry, { channel: 'akim', branch, registeredAt: '2026-11-23T10:00' });
      reg.payload = { ...reg.payload, branch, schedule: d.steps, resultDueAt: d.resultDueAt, resultDate: d.resultDate };
      return { src, reg };
    };
    const missing = caseFor('documents-missing');
    expect(canAppend([missing.reg], makeEvent(missing.src, 'sentToCommission', {}))).toEqual({ ok: true });
    // Registration completes registration; the sending is the akim's own due step (issue 13).
    expect(foldCase([missing.reg])!.nextStep?.milestone).toBe('sendToCommission');
    const normal = caseFor('normal');
    expect(canAppend([normal.reg], makeEvent(normal.src, 'sentToCommission', {}))).toMatchObject({
      ok: false,
      code: 'noCommissionInRegulation',
    });
    expect(canAppend([normal.reg], makeEvent(normal.src, 'packageRelayed', { districtCode: '05', attachments: [] }))).toEqual({ ok: true });
  });
});
