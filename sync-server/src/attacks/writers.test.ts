// Attack 1: a PC writes the other side's facts. An office PC pushes the
// district's events or signs as the district's head, relays its case to a
// district not its own; a district PC relays, registers cases, writes on a
// case never delivered to it. Each is refused with its code and changes nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { attempt, caseAtDistrict, district, expectUnchanged, feedOf, office, pushOk, refusedCode, signedAs, snapshot } from './kit';

const DECISION = { outcome: 'notification' as const, amount: 9_999_999, outgoingNumber: 'Ш-1', signedBy: 'Бөлім басшысы' };

describe.each(BACKENDS)('attack: writing the other side’s facts, on %s', (backend) => {
  const server = useTestServer(backend);

  it('refuses an office PC writing district-only events on its own case, also signed as the district head', async () => {
    const pc = await office(server);
    const head = await district(server);
    const caseId = randomUUID();
    await caseAtDistrict(pc, head, caseId);
    const before = await snapshot(server, [pc, head]);
    for (const event of [
      pc.write(caseId, 'decided', DECISION),
      signedAs(pc.write(caseId, 'decided', DECISION), 'districtHead'),
      signedAs(pc.write(caseId, 'receivedByDistrict', { incomingNumber: 'К-9', incomingDate: '2026-11-25' }), 'districtClerk'),
      pc.write(caseId, 'returnedForRework', { remarks: 'қайта' }),
      pc.write(caseId, 'specialCommissionDecided', { needs: true, amount: 1 }),
      pc.write(caseId, 'districtExecutorAssigned', { executorId: 'x', executorName: 'X' }),
    ]) {
      const r = await attempt(pc, event);
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ code: 'wrongUnit', message: { kk: expect.any(String), ru: expect.any(String) } });
      expect(refusedCode(r)).toBe('wrongUnit');
    }
    await expectUnchanged(server, [pc, head], before);
  });

  it('refuses office events signed with a district role or as the admin, and district events signed with an office role', async () => {
    const pc = await office(server);
    const head = await district(server);
    const caseId = randomUUID();
    await caseAtDistrict(pc, head, caseId);
    const before = await snapshot(server, [pc, head]);
    for (const [device, event] of [
      [pc, signedAs(pc.register(randomUUID()), 'districtHead')],
      [pc, signedAs(pc.write(caseId, 'formReprinted', { form: 'talon' }), 'admin')],
      [pc, signedAs(pc.register(randomUUID()), 'commission')],
      [head, signedAs(head.write(caseId, 'decided', DECISION), 'akim')],
      [head, signedAs(head.write(caseId, 'formReprinted', { form: 'notification' }), 'clerk')],
    ] as const) {
      const r = await attempt(device, event);
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('wrongRole');
      expect(r.body.message.ru).toContain(event.actor.role);
    }
    await expectUnchanged(server, [pc, head], before);
  });

  it('refuses an office relaying its case to a district that is not its own; that district never sees it', async () => {
    const pc = await office(server, '0101');
    const foreign = await district(server, 'D02');
    const own = await district(server, 'D01');
    const caseId = randomUUID();
    await pushOk(pc, ...pc.caseReadyToRelay(caseId));
    const before = await snapshot(server, [pc, foreign, own]);
    const r = await attempt(pc, pc.write(caseId, 'packageRelayed', { districtCode: 'D02', attachments: [] }));
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'notOwnDistrict', events: [{ state: 'refused', code: 'notOwnDistrict' }] });
    expect(r.body.message.kk).toContain('D01');
    // A district that does not exist is answered the same way: no list of districts leaks.
    const nowhere = await attempt(pc, pc.write(caseId, 'packageRelayed', { districtCode: 'D99', attachments: [] }));
    expect(nowhere.status).toBe(403);
    expect(nowhere.body.code).toBe('notOwnDistrict');
    const write = await attempt(foreign, foreign.write(caseId, 'receivedByDistrict', { incomingNumber: '1', incomingDate: '2026-11-25' }));
    expect(write.status).toBe(422);
    expect(refusedCode(write)).toBe('notRegistered');
    await expectUnchanged(server, [pc, foreign, own], before);
    expect((await foreign.request('GET', `/relay/${caseId}`)).status).toBe(404);
  });

  it('refuses a district PC relaying an office’s case on, registering cases, or returning a case never delivered to it', async () => {
    const pc = await office(server, '0101');
    const head = await district(server, 'D01');
    const other = await district(server, 'D02');
    const stranger = await office(server, '0201');
    const delivered = randomUUID();
    await caseAtDistrict(pc, head, delivered);
    const elsewhere = randomUUID();
    await pushOk(stranger, ...stranger.caseReadyToRelay(elsewhere));
    const before = await snapshot(server, [pc, head, other, stranger]);

    const relay = await attempt(head, head.write(delivered, 'packageRelayed', { districtCode: 'D02', attachments: [] }));
    expect([relay.status, relay.body.code]).toEqual([403, 'wrongUnit']);
    const ownRelay = await attempt(head, head.write(delivered, 'packageRelayed', { districtCode: 'D01', attachments: [] }));
    expect([ownRelay.status, ownRelay.body.code]).toEqual([403, 'wrongUnit']);
    const register = await attempt(head, head.register(randomUUID()));
    expect([register.status, register.body.code]).toEqual([403, 'wrongUnit']);
    for (const [device, write] of [
      [head, () => head.write(elsewhere, 'returnedForRework', { remarks: 'қайта' })],
      [other, () => other.write(delivered, 'returnedForRework', { remarks: 'қайта' })],
      [other, () => other.write(delivered, 'decided', DECISION)],
    ] as const) {
      const r = await attempt(device, write());
      expect(r.status).toBe(422);
      expect(refusedCode(r)).toBe('notRegistered');
    }
    await expectUnchanged(server, [pc, head, other, stranger], before);
  });

  it('still takes the real return path: the office relays to its district, which registers, assigns, decides; the office hands over', async () => {
    const pc = await office(server, '0102');
    const head = await district(server, 'D01');
    const caseId = randomUUID();
    await caseAtDistrict(pc, head, caseId);
    await pushOk(head, head.write(caseId, 'districtExecutorAssigned', { executorId: 'u-2', executorName: 'Ілиясов Н.' }));
    // The executor drafts the decision; only the head signs it.
    const unsigned = await attempt(head, signedAs(head.write(caseId, 'decided', { ...DECISION, amount: 21_500 }), 'districtExecutor'));
    expect(unsigned.status).toBe(403);
    expect(refusedCode(unsigned)).toBe('wrongRole');
    await pushOk(head, head.write(caseId, 'decided', { ...DECISION, amount: 21_500 }));
    await pushOk(pc, pc.write(caseId, 'resultReceived', { outcome: 'notification' }));
    await pushOk(pc, signedAs(pc.write(caseId, 'handedOver', { receivedBy: 'Сейітова', result: 'notification' }), 'akim'));
    const types = (await feedOf(pc)).filter((e) => e.caseId === caseId).map((e) => e.type);
    expect(types.slice(-4)).toEqual(['districtExecutorAssigned', 'decided', 'resultReceived', 'handedOver']);
  });
});
