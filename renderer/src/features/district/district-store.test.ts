// The district desk and the akimat's return path on real Dexie (fake-indexeddb)
// databases, and the round trip between an akimat PC and a district PC
// through the real sync server (in-process, SQLite).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '@shared/deadlines';
import { findEntry } from '@shared/catalog';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { ScheduledStep } from '@shared/case';
import { testApplicant } from '@shared/testing/case-events';
import { testInspectionAct } from '@shared/testing/commission-act';
import { appendEvents, loadCase, RejectedWrite, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import { AkimatDb } from '@renderer/db/schema';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { syncOnce } from '@renderer/features/sync/engine';
import { freshDb, office } from '@renderer/testing/db-fixture';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { actorFor } from './device';
import { proposeOutgoingNumber } from './outgoing';
import { certificateAnswer, certificateFamily, issuedCertificate } from './certificate';
import { fetchPackageFiles } from './files';
import { enrollDevice } from '@renderer/features/sync/enrollment';
import { districtInbox, handedOverBetween, returnPathLists } from './queries';
import {
  assignDistrictExecutor,
  decide,
  handOver,
  InputProblems,
  parseAmount,
  receiveResult,
  recordSpecialCommission,
  registerPackage,
  relayPackage,
  returnForRework,
  type DecisionInput,
} from './store';

const CHILD_BENEFIT = findEntry('kzo-590-2014/child-benefit-under-18')!;
const LOCAL_AID = findEntry('kzo-590-2014/local-social-assistance')!;
const CERTIFICATE = findEntry('kzo-590-2014/asp-recipient-certificate')!;

const akim = { id: 'u-akim', name: 'Әбенов Ғалым', role: 'akim' as const };
const head = { id: 'u-head', name: 'Құрманова Сәуле', role: 'districtHead' as const };

function ctx(db: AkimatDb, at: string, actor: WriteContext['actor'] = akim, where = office): WriteContext {
  return { db, office: where, actor, at, deviceTime: `${at}:00+05:00` };
}

let caseCounter = 0;
/** A registered case of `entry` (branch given for entries that have branches), numbered per test. */
async function registerCase(
  db: AkimatDb,
  entry: CatalogEntry,
  at = '2026-11-23T10:00',
  branch?: string,
  where = office,
  adjust: (steps: ScheduledStep[]) => ScheduledStep[] = (steps) => steps,
): Promise<string> {
  const caseId = crypto.randomUUID();
  const deadlines = computeDeadlines(entry, { channel: 'akim', registeredAt: at, branch });
  await appendEvents(ctx(db, at, akim, where), caseId, () => [
    {
      type: 'registered',
      payload: {
        number: `${where.officeCode}-26A-${String(++caseCounter).padStart(4, '0')}`,
        entryId: entry.id,
        channel: 'akim',
        ...(branch ? { branch } : {}),
        applicant: testApplicant,
        family: [],
        documents: [{ id: 'application', original: true, copy: false }],
        schedule: adjust(deadlines.steps),
        resultDueAt: deadlines.resultDueAt,
        resultDate: deadlines.resultDate,
        calendarVersion: deadlines.calendarVersion ?? '2026.1',
      },
    },
  ]);
  return caseId;
}

/** The precinct commission's events, as its store writes them. */
async function runCommission(db: AkimatDb, caseId: string, at = '2026-11-24T11:00', where = office): Promise<void> {
  const mother = testApplicant.iin;
  await appendEvents(ctx(db, at, akim, where), caseId, (): NewEvent[] => [
    { type: 'sentToCommission', payload: {} },
    {
      type: 'inspectionRecorded',
      payload: {
        ...testInspectionAct(),
        family: [{ iin: mother, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
        months: ['2026-08', '2026-09', '2026-10'],
        incomes: [{ memberIin: mother, category: 'wages', month: '2026-08', amount: 90000 }],
      },
    },
    { type: 'conclusionAdopted', payload: { conclusion: 'needs', reasons: 'Табысы шектен төмен', perCapita: 30000 } },
  ]);
}

const notification = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  outcome: 'notification',
  amount: '12 500,50',
  periodFrom: '2026-12-01',
  periodTo: '2027-11-30',
  reasons: [],
  outgoingNumber: '05-12/431',
  signedBy: head.name,
  ...over,
});

async function problemsOf(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputProblems);
  return (error as InputProblems).problems as Record<string, string>;
}

describe('the district desk on one database', () => {
  it('registers, assigns, decides; the akimat registers the result and hands it over; every district step gets its time', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    const relayed = await districtInbox(db, '2026-11-25T09:30');
    expect(relayed.rows).toHaveLength(1);
    expect(relayed.rows[0]).toMatchObject({
      office: '0512',
      entryId: CHILD_BENEFIT.id,
      relayedAt: '2026-11-25T09:00',
      status: 'relayed',
      nextMilestone: 'districtRegister',
      overdue: false,
    });

    await registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-77', incomingDate: '2026-11-25' });
    await assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    const decided = await decide(ctx(db, '2026-11-26T15:00', head), caseId, notification());
    expect(decided.status).toBe('decided');
    expect(decided.decision).toEqual({
      outcome: 'notification',
      amount: 12500.5,
      periodFrom: '2026-12-01',
      periodTo: '2027-11-30',
      outgoingNumber: '05-12/431',
      signedBy: head.name,
    });
    expect((await returnPathLists(db)).arrived.map((c) => c.id)).toEqual([caseId]);

    await receiveResult(ctx(db, '2026-11-27T09:00'), caseId);
    const ready = await loadCase(db, caseId);
    expect(ready!.status).toBe('resultReady');
    expect(ready!.events.at(-1)).toMatchObject({ type: 'resultReceived', payload: { outcome: 'notification' } });
    await handOver(ctx(db, '2026-11-27T11:30'), caseId, { receivedBy: 'Өтемісова Гүлнәр Қайратқызы', result: 'notification' });

    const done = (await loadCase(db, caseId))!;
    expect(done.status).toBe('handedOver');
    const doneAt = Object.fromEntries(done.steps.filter((s) => s.milestone).map((s) => [s.milestone, s.doneAt]));
    expect(doneAt).toMatchObject({
      relay: '2026-11-25T09:00',
      districtRegister: '2026-11-25T10:00',
      districtAssign: '2026-11-25T10:05',
      districtExamine: '2026-11-26T15:00',
      districtSign: '2026-11-26T15:00',
      districtReturn: '2026-11-27T09:00',
      handOver: '2026-11-27T11:30',
    });
    expect(done.steps.every((s) => s.due)).toBe(true);
    expect(await handedOverBetween(db, '2026-11-27', '2026-11-27')).toMatchObject([
      { caseId, receivedBy: 'Өтемісова Гүлнәр Қайратқызы', result: 'notification', handedOverAt: '2026-11-27T11:30' },
    ]);
    expect(await handedOverBetween(db, '2026-11-28', '2026-11-30')).toEqual([]);
    // Every act went to the outbox for the server.
    expect(await db.outbox.where('state').equals('pending').count()).toBe(await db.events.count());
  });

  it('shows a package whose registration deadline has passed as overdue, first, and filters by office, service, status', async () => {
    const db = freshDb();
    const late = await registerCase(db, CHILD_BENEFIT, '2026-11-02T10:00');
    await runCommission(db, late, '2026-11-03T10:00');
    await relayPackage(ctx(db, '2026-11-04T10:00'), late, 'D05');
    const fresh = await registerCase(db, CHILD_BENEFIT, '2026-11-23T10:00', undefined, {
      ...office,
      officeCode: '0513',
      deviceId: 'device-2',
    });
    await runCommission(db, fresh, '2026-11-24T10:00', { ...office, officeCode: '0513', deviceId: 'device-2' });
    await relayPackage(ctx(db, '2026-11-24T12:00', akim, { ...office, officeCode: '0513', deviceId: 'device-2' }), fresh, 'D05');

    const inbox = await districtInbox(db, '2026-11-25T09:00');
    expect(inbox.rows.map((r) => [r.caseId, r.overdue])).toEqual([
      [late, true],
      [fresh, false],
    ]);
    expect(inbox.offices).toEqual(['0512', '0513']);
    expect((await districtInbox(db, '2026-11-25T09:00', { overdueOnly: true })).rows.map((r) => r.caseId)).toEqual([late]);
    expect((await districtInbox(db, '2026-11-25T09:00', { office: '0513' })).rows.map((r) => r.caseId)).toEqual([fresh]);
    expect((await districtInbox(db, '2026-11-25T09:00', { entryId: LOCAL_AID.id })).rows).toEqual([]);
    await registerPackage(ctx(db, '2026-11-25T10:00', head), fresh, { incomingNumber: 'К-1', incomingDate: '2026-11-25' });
    expect((await districtInbox(db, '2026-11-25T10:30', { status: 'atDistrict' })).rows.map((r) => r.caseId)).toEqual([fresh]);
  });

  it('returns a package for rework with remarks; the akimat sees it and relays it again', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    await registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-78', incomingDate: '2026-11-25' });
    expect(await problemsOf(returnForRework(ctx(db, '2026-11-25T11:00', head), caseId, '  '))).toEqual({ remarks: 'problemRequired' });
    const returned = await returnForRework(ctx(db, '2026-11-25T11:00', head), caseId, 'Туу туралы куәліктің көшірмесі оқылмайды');
    expect(returned.status).toBe('returnedForRework');
    expect(returned.reworkRemarks).toBe('Туу туралы куәліктің көшірмесі оқылмайды');
    expect(returned.steps.find((s) => s.milestone === 'districtRegister')!.doneAt).toBeUndefined();
    expect((await returnPathLists(db)).returned.map((c) => c.id)).toEqual([caseId]);

    const again = await relayPackage(ctx(db, '2026-11-26T09:00'), caseId, 'D05');
    expect(again.status).toBe('relayed');
    expect(again.reworkRemarks).toBeUndefined();
    expect((await returnPathLists(db)).returned).toEqual([]);
    await registerPackage(ctx(db, '2026-11-26T10:00', head), caseId, { incomingNumber: 'К-79', incomingDate: '2026-11-26' });
    expect((await loadCase(db, caseId))!.steps.find((s) => s.milestone === 'districtRegister')!.doneAt).toBe('2026-11-26T10:00');
  });

  it('records a reasoned refusal with its reasons, one per line', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    await registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-80', incomingDate: '2026-11-25' });
    await assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    const input = notification({
      outcome: 'refusal',
      reasons: [CHILD_BENEFIT.refusalGrounds[0]?.kk ?? 'Негіз', '', 'Табыс шектен жоғары '],
    });
    const state = await decide(ctx(db, '2026-11-26T15:00', head), caseId, input);
    expect(state.decision).toEqual({
      outcome: 'refusal',
      reasons: `${CHILD_BENEFIT.refusalGrounds[0]?.kk ?? 'Негіз'}\nТабыс шектен жоғары`,
      outgoingNumber: '05-12/431',
      signedBy: head.name,
    });
    const result = await receiveResult(ctx(db, '2026-11-27T09:00'), caseId);
    expect(result.events.at(-1)).toMatchObject({ type: 'resultReceived', payload: { outcome: 'refusal' } });
  });

  it('refuses bad values field by field and writes nothing', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    const before = await db.events.count();
    expect(
      await problemsOf(registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: ' ', incomingDate: '2026-11-31' })),
    ).toEqual({ incomingNumber: 'problemRequired', incomingDate: 'problemDate' });
    expect(
      await problemsOf(registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-1', incomingDate: '2026-11-26' })),
    ).toEqual({ incomingDate: 'problemFutureDate' });
    await registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-1', incomingDate: '2026-11-25' });
    await assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    const at = ctx(db, '2026-11-26T15:00', head);
    expect(await problemsOf(decide(at, caseId, notification({ amount: '12 тыс', outgoingNumber: '', signedBy: '' })))).toEqual({
      amount: 'problemAmount',
      outgoingNumber: 'problemRequired',
      signedBy: 'problemRequired',
    });
    expect(await problemsOf(decide(at, caseId, notification({ periodTo: '' })))).toEqual({ periodTo: 'problemPeriodHalf' });
    expect(await problemsOf(decide(at, caseId, notification({ periodFrom: '2027-01-01', periodTo: '2026-12-01' })))).toEqual({
      periodTo: 'problemPeriodOrder',
    });
    expect(await problemsOf(decide(at, caseId, notification({ outcome: 'refusal', reasons: ['', ' '] })))).toEqual({
      reasons: 'problemReasons',
    });
    expect(await db.events.count()).toBe(before + 2);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('45\u00a0000,5')).toBe(45000.5);
  });

  it('follows the case rules: no decision before the package is registered, no result before a decision', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await expect(receiveResult(ctx(db, '2026-11-24T12:00'), caseId)).rejects.toMatchObject({ name: 'RejectedWrite', code: 'notDecided' });
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    await expect(decide(ctx(db, '2026-11-25T10:00', head), caseId, notification())).rejects.toBeInstanceOf(RejectedWrite);
    await expect(relayPackage(ctx(db, '2026-11-25T09:10'), caseId, 'D05')).rejects.toMatchObject({ code: 'wrongState' });
  });

  it('relays every file of the case and needs to know the district', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    expect(await problemsOf(relayPackage(ctx(db, '2026-11-25T09:00'), caseId, undefined))).toEqual({ district: 'problemNotEnrolled' });
    const sha = (c: string) => c.repeat(64);
    await db.attachments.bulkPut([
      { id: `${caseId}:${sha('b')}`, caseId, sha256: sha('b'), name: 'b.png', mime: 'image/png', size: 3, blob: new Blob(['abc']) },
      { id: `${caseId}:${sha('a')}`, caseId, sha256: sha('a'), name: 'a.png', mime: 'image/png', size: 3, blob: new Blob(['abc']) },
    ]);
    const state = await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    expect(state.events.at(-1)).toMatchObject({
      type: 'packageRelayed',
      payload: { districtCode: 'D05', attachments: [sha('a'), sha('b')] },
    });
  });

  it('records the special commission on need and amount, and takes its amount into the decision', async () => {
    const db = freshDb();
    // The schedule of a child-benefit case with the special commission's step before the head signs
    // (local aid's documents-missing branch has that step but cannot reach the district: see the report).
    const caseId = await registerCase(db, CHILD_BENEFIT, '2026-11-23T10:00', undefined, office, (steps) => {
      const sign = steps.findIndex((s) => s.milestone === 'districtSign');
      return [
        ...steps.slice(0, sign),
        { ...steps[sign], stepId: 'special-commission', actor: 'specialCommission', milestone: 'specialCommission' },
        ...steps.slice(sign),
      ];
    });
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    await registerPackage(ctx(db, '2026-11-25T10:00', head), caseId, { incomingNumber: 'К-81', incomingDate: '2026-11-25' });
    await assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    const at = ctx(db, '2026-11-26T11:00', head);
    expect(await problemsOf(recordSpecialCommission(at, caseId, { needs: true, amount: '', reasons: '' }))).toEqual({
      amount: 'problemRequired',
    });
    expect(await problemsOf(recordSpecialCommission(at, caseId, { needs: false, amount: '', reasons: '' }))).toEqual({
      reasons: 'problemRequired',
    });
    const state = await recordSpecialCommission(at, caseId, { needs: true, amount: '60 000', reasons: 'Үй өртенген' });
    expect(state.events.at(-1)).toMatchObject({
      type: 'specialCommissionDecided',
      payload: { needs: true, amount: 60000, reasons: 'Үй өртенген' },
    });
    expect(state.steps.find((s) => s.milestone === 'specialCommission')!.doneAt).toBe('2026-11-26T11:00');
  });

  it('hands the TSA certificate over right after registration', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CERTIFICATE);
    expect(await problemsOf(handOver(ctx(db, '2026-11-23T10:05'), caseId, { receivedBy: '', result: 'certificate' }))).toEqual({
      receivedBy: 'problemRequired',
    });
    const state = await handOver(ctx(db, '2026-11-23T10:06'), caseId, { receivedBy: 'Өтемісова Гүлнәр', result: 'certificate' });
    expect(state.status).toBe('handedOver');
    expect(state.steps.find((s) => s.milestone === 'handOver')!.doneAt).toBe('2026-11-23T10:06');
    expect(await handedOverBetween(db, '2026-11-23', '2026-11-23')).toMatchObject([{ result: 'certificate' }]);
    // Handed over without an answer (an older PC): nothing to show or reprint.
    expect(issuedCertificate(state)).toBeUndefined();
  });

  it('records what the certificate said with its hand-over, for the case page and its duplicate', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CERTIFICATE);
    const registered = (await loadCase(db, caseId))!;
    const answer = certificateAnswer(registered, { receives: false, year: 2026, quarter: 4, signer: ' Әбенов Ғалым ' });
    expect(answer).toEqual({ receives: false, year: 2026, quarter: 4, family: [], signer: 'Әбенов Ғалым' });
    const state = await handOver(ctx(db, '2026-11-23T10:06'), caseId, {
      receivedBy: 'Өтемісова Гүлнәр',
      result: 'certificate',
      certificate: answer,
    });
    expect(state.events.at(-1)).toMatchObject({ type: 'handedOver', payload: { result: 'certificate', certificate: answer } });
    expect(issuedCertificate(state)).toEqual({ at: '2026-11-23T10:06', answer });
    // The answer belongs to a certificate only.
    const other = await registerCase(db, CERTIFICATE);
    const plain = await handOver(ctx(db, '2026-11-23T10:10'), other, {
      receivedBy: 'Өтемісова Гүлнәр',
      result: 'notification',
      certificate: answer,
    });
    expect(issuedCertificate(plain)).toBeUndefined();
  });

  it('lists the registered family on the certificate', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CERTIFICATE);
    const state = (await loadCase(db, caseId))!;
    const withFamily = {
      ...state,
      registered: {
        ...state.registered!,
        family: [
          {
            ...testApplicant,
            iin: '150101600123',
            surname: 'Өтемісова',
            name: 'Айару',
            patronymic: 'Қайратқызы',
            birthDate: '2015-01-01',
            relation: 'қызы',
          },
        ],
      },
    } as typeof state;
    expect(certificateFamily(withFamily)).toEqual([{ fullName: 'Өтемісова Айару Қайратқызы', relation: 'қызы', iin: '150101600123' }]);
  });

  it('proposes the next outgoing number of this PC; two district PCs never the same; a number of another series leaves the count', async () => {
    const db = freshDb();
    const pcA = { ...office, kind: 'district' as const, officeCode: 'D05', deviceLetter: 'A', deviceId: 'D05-A' };
    const pcB = { ...pcA, deviceLetter: 'B', deviceId: 'D05-B' };
    const at = '2026-11-26T15:00';
    const relayed = async () => {
      const caseId = await registerCase(db, CHILD_BENEFIT);
      await runCommission(db, caseId);
      await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
      return caseId;
    };
    const decideOn = async (where: typeof pcA, outgoingNumber: string) => {
      const caseId = await relayed();
      await registerPackage(ctx(db, '2026-11-25T10:00', head, where), caseId, { incomingNumber: 'К-1', incomingDate: '2026-11-25' });
      await assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head, where), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
      return decide(ctx(db, at, head, where), caseId, notification({ outgoingNumber }));
    };
    expect(await proposeOutgoingNumber(db, pcA, at)).toBe('D05-26A/0001');
    expect(await proposeOutgoingNumber(db, pcB, at)).toBe('D05-26B/0001');
    expect((await decideOn(pcA, await proposeOutgoingNumber(db, pcA, at))).decision?.outgoingNumber).toBe('D05-26A/0001');
    expect(await proposeOutgoingNumber(db, pcA, at)).toBe('D05-26A/0002');
    expect(await proposeOutgoingNumber(db, pcB, at)).toBe('D05-26B/0001');
    // Typed over: the department's own style, or another PC's series, does not move this PC's count.
    await decideOn(pcA, '05-12/431');
    await decideOn(pcA, 'D05-26B/0005');
    expect(await proposeOutgoingNumber(db, pcA, at)).toBe('D05-26A/0002');
    // Typed ahead in its own series: the next proposal follows it.
    await decideOn(pcA, 'd05-26a/0010');
    expect(await proposeOutgoingNumber(db, pcA, at)).toBe('D05-26A/0011');
    // A decision the case rules refuse reserves nothing.
    const notRegistered = await relayed();
    await expect(decide(ctx(db, at, head, pcA), notRegistered, notification({ outgoingNumber: 'D05-26A/0011' }))).rejects.toMatchObject({
      name: 'RejectedWrite',
    });
    expect(await proposeOutgoingNumber(db, pcA, at)).toBe('D05-26A/0011');
    expect(await proposeOutgoingNumber(db, pcA, '2027-01-05T09:00')).toBe('D05-27A/0001');
  });

  it('names actors by the kind of PC', () => {
    expect(actorFor({ kind: 'district' }, { id: 'u', name: 'Н', role: 'akim' }).role).toBe('districtHead');
    expect(actorFor({ kind: 'district' }, { id: 'u', name: 'Н', role: 'clerk' }).role).toBe('districtClerk');
    expect(actorFor({}, { id: 'u', name: 'Н', role: 'akim' }).role).toBe('akim');
  });
});

describe('an akimat PC and a district PC through the real sync server', () => {
  const server = useSyncServer();
  let dbCounter = 0;

  async function pc(kind: 'akimat' | 'district', code: string): Promise<AkimatDb> {
    const db = new AkimatDb(`district-sync-${Date.now()}-${++dbCounter}`);
    await setUpOffice(
      db,
      {
        kind,
        nameKk: 'Ақсу ауданының бөлімі',
        nameRu: 'Отдел Аксуского района',
        okrug: '',
        district: 'Ақсу',
        officeCode: code,
        deviceLetter: 'A',
        hours: DEFAULT_OFFICE_HOURS,
        actIds: [],
      },
      { name: kind === 'district' ? head.name : akim.name, role: 'akim', password: 'құпия-сөз' },
    );
    return db;
  }
  const settingsOf = async (db: AkimatDb) => (await db.settings.get('office'))!;
  const ctxOn = async (db: AkimatDb, at: string, actor: WriteContext['actor']) => ctx(db, at, actor, await settingsOf(db));
  const idsOf = async (db: AkimatDb, caseId: string) => (await db.events.where('caseId').equals(caseId).toArray()).map((e) => e.id).sort();
  const serverIdsOf = async (caseId: string) =>
    ((await server.store.exportAll()).events as Array<{ id: string; case_id: string }>)
      .filter((e) => e.case_id === caseId)
      .map((e) => e.id)
      .sort();

  it('enrolls a district PC with a district code through the sync client; it then writes as its district', async () => {
    const district = await pc('district', 'D01');
    expect(await fetchPackageFiles(district, crypto.randomUUID())).toEqual({ fetched: 0, missing: 0 });
    const result = await enrollDevice(district, {
      serverUrl: server.url,
      code: await server.store.admin.issueEnrollmentCode({ districtCode: 'D01' }),
    });
    expect(result).toMatchObject({ ok: true, identity: { scope: { kind: 'district', districtCode: 'D01' } } });
    expect(await settingsOf(district)).toMatchObject({ kind: 'district', officeCode: 'D01' });
  });

  it('relays a case with its scan, the district decides, the akimat hands over; both PCs and the server hold the same events', async () => {
    const akimat = await pc('akimat', '0101');
    const identity = await enrollPc(server, akimat, { officeCode: '0101' });
    const district = await pc('district', 'D01');
    expect(
      (await enrollDevice(district, { serverUrl: server.url, code: await server.store.admin.issueEnrollmentCode({ districtCode: 'D01' }) }))
        .ok,
    ).toBe(true);

    const caseId = await registerCase(akimat, CHILD_BENEFIT, '2026-11-23T10:00', undefined, await settingsOf(akimat));
    await runCommission(akimat, caseId, '2026-11-24T11:00', await settingsOf(akimat));
    const scan = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { attachFile } = await import('@renderer/db/attachments');
    const stored = await attachFile(
      await ctxOn(akimat, '2026-11-24T11:30', akim),
      caseId,
      Object.assign(new Blob([scan], { type: 'image/png' }), { name: 'туу-куәлік.png' }),
    );
    const districtCode = identity.scope.kind === 'office' ? identity.scope.districtCode : undefined;
    await relayPackage(await ctxOn(akimat, '2026-11-25T09:00', akim), caseId, districtCode);
    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok' });

    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok' });
    const inbox = await districtInbox(district, '2026-11-25T09:30');
    expect(inbox.rows.map((r) => [r.caseId, r.office, r.status])).toEqual([[caseId, '0101', 'relayed']]);
    expect(await fetchPackageFiles(district, caseId)).toEqual({ fetched: 1, missing: 0 });
    expect(await district.attachments.get(`${caseId}:${stored.sha256}`)).toMatchObject({
      name: 'туу-куәлік.png',
      mime: 'image/png',
      size: scan.length,
    });
    expect(await fetchPackageFiles(district, caseId)).toEqual({ fetched: 0, missing: 0 });

    const districtHead = actorFor({ kind: 'district' }, { id: 'u-head', name: head.name, role: 'akim' });
    // The district PC's clock is an hour behind the akimat's: the server's order still holds on both PCs.
    await registerPackage(await ctxOn(district, '2026-11-25T08:00', districtHead), caseId, {
      incomingNumber: 'К-77',
      incomingDate: '2026-11-25',
    });
    await assignDistrictExecutor(await ctxOn(district, '2026-11-25T08:05', districtHead), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    await decide(await ctxOn(district, '2026-11-25T08:30', districtHead), caseId, notification());
    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok', pushed: 3 });

    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok', pulled: 3 });
    expect((await returnPathLists(akimat)).arrived.map((c) => c.id)).toEqual([caseId]);
    await receiveResult(await ctxOn(akimat, '2026-11-27T09:00', akim), caseId);
    await handOver(await ctxOn(akimat, '2026-11-27T11:30', akim), caseId, { receivedBy: 'Өтемісова Гүлнәр', result: 'notification' });
    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok', pushed: 2 });
    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok', pulled: 2 });

    const onServer = await serverIdsOf(caseId);
    expect(onServer.length).toBeGreaterThan(10);
    expect(await idsOf(akimat, caseId)).toEqual(onServer);
    expect(await idsOf(district, caseId)).toEqual(onServer);
    expect((await loadCase(district, caseId))!.status).toBe('handedOver');
    expect((await loadCase(akimat, caseId))!.rejected).toEqual([]);
    const districtEvents = (await district.events.where('caseId').equals(caseId).toArray()).filter((e) => e.office === 'D01');
    expect(districtEvents.map((e) => e.actor.role)).toEqual(['districtHead', 'districtHead', 'districtHead']);
  });
});
