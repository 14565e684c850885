// The TSA certificate handed over on the spot, the outgoing numbers of a PC,
// and how actors are named by the kind of PC, on real Dexie (fake-indexeddb) databases.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testApplicant } from '@shared/testing/case-events';
import { loadCase } from '@renderer/db/case-store';
import { freshDb, office } from '@renderer/testing/db-fixture';
import { actorFor } from './device';
import { proposeOutgoingNumber } from './outgoing';
import { certificateAnswer, certificateFamily, issuedCertificate } from './certificate';
import { handedOverBetween } from './reads';
import { assignDistrictExecutor, decide, registerPackage } from './commands';
import { handOver } from '@renderer/features/handover/commands';
import { relayPackage } from '@renderer/features/relay/commands';
import { CHILD_BENEFIT, CERTIFICATE, head, ctx, registerCase, runCommission, notification, problemsOf } from './test-fixtures';

describe('the district desk on one database: certificates, numbers, actors', () => {
  it('hands the TSA certificate over right after registration', async () => {
    const db = freshDb();
    const caseId = await registerCase(db, CERTIFICATE);
    expect(await problemsOf(handOver(ctx(db, '2026-11-23T10:05'), caseId, { receivedBy: '', result: 'certificate' }))).toEqual({
      receivedBy: 'common.problemRequired',
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
