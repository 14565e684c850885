// Attack: complaints written where they do not belong. A complaint goes into
// the journal of the writing PC's own unit only; another office neither sees
// nor writes on it, nor registers one about a case not its own; the answer is
// signed by the akim (the department's head) and no one else; a loose or
// over-long payload is refused before anything is stored. The district sees its
// okrugs' complaints, read-only.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, Payload } from '../../../shared/case/events';
import { COMPLAINT_LIMITS } from '../../../shared/complaint';
import { BACKENDS, type TestDevice } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { attempt, district, expectUnchanged, feedOf, office, pushOk, refusedCode, signedAs, snapshot } from './kit';

const ANSWER: Payload<'complaintAnswered'> = { text: 'Шағым қаралды.', justified: true, outgoingNumber: '0101-26A/0001', signedBy: 'Әкім' };

function complaint(pc: TestDevice, id: string, about: Payload<'complaintRegistered'>['about'] = { kind: 'service' }): CaseEvent {
  return pc.write(id, 'complaintRegistered', {
    unit: { kind: pc.kind, code: pc.unit },
    number: `Ш-${pc.unit}-26A-0001`,
    registeredAt: '2026-11-23T10:15',
    form: 'written',
    about,
    complainant: { name: 'Өтемісова Гүлнәр' },
    subject: 'Анықтама уақытында берілмеді',
  });
}

const streamOf = async (device: TestDevice, id: string) => (await feedOf(device)).filter((e) => e.caseId === id).map((e) => e.type);

describe.each(BACKENDS)('attack: complaints of another unit, on %s', (backend) => {
  const server = useTestServer(backend);

  it('keeps an office’s complaint to that office and its district; another office can neither write on it nor register one there', async () => {
    const pc = await office(server, '0101');
    const neighbour = await office(server, '0102');
    const far = await office(server, '0201');
    const head = await district(server, 'D01');
    const otherDistrict = await district(server, 'D02');
    const caseId = randomUUID();
    const id = randomUUID();
    await pushOk(pc, pc.register(caseId), complaint(pc, id, { kind: 'case', caseId, caseNumber: '0101-26A-0001' }));
    await pushOk(pc, pc.write(id, 'complaintAnswered', ANSWER));
    expect(await streamOf(head, id)).toEqual(['complaintRegistered', 'complaintAnswered']);
    for (const stranger of [neighbour, far, otherDistrict]) expect(await streamOf(stranger, id)).toEqual([]);

    const before = await snapshot(server, [pc, neighbour, head]);
    // Onto the office's own complaint: answered as a complaint that does not exist.
    const onto = await attempt(neighbour, neighbour.write(id, 'complaintDelivered', { how: 'post', date: '2026-11-26' }));
    expect([onto.status, refusedCode(onto)]).toEqual([422, 'notRegistered']);
    // Into the office's journal: the payload names a unit that is not the PC's.
    const into = neighbour.write(
      randomUUID(),
      'complaintRegistered',
      complaint(pc, randomUUID()).payload as Payload<'complaintRegistered'>,
    );
    const intoAnswer = await attempt(neighbour, into);
    expect([intoAnswer.status, intoAnswer.body.code]).toEqual([403, 'outOfScope']);
    // About the office's case, which the neighbour does not see.
    const about = await attempt(neighbour, complaint(neighbour, randomUUID(), { kind: 'case', caseId, caseNumber: '0101-26A-0001' }));
    expect([about.status, refusedCode(about)]).toEqual([422, 'notRegistered']);
    // The district sees it but does not answer for the office.
    const district_ = await attempt(head, head.write(id, 'complaintDelivered', { how: 'post', date: '2026-11-26' }));
    expect([district_.status, refusedCode(district_)]).toEqual([422, 'wrongCase']);
    await expectUnchanged(server, [pc, neighbour, head], before);
  });

  it('lets only the akim (the head) sign the answer, and only someone on the roster in that role', async () => {
    const pc = await office(server, '0101');
    const head = await district(server, 'D01');
    const id = randomUUID();
    const own = randomUUID();
    await pushOk(pc, pc.introduce(), complaint(pc, id));
    await pushOk(head, head.introduce(), complaint(head, own));
    const before = await snapshot(server, [pc, head]);
    for (const [device, event] of [
      [pc, signedAs(pc.write(id, 'complaintAnswered', ANSWER), 'clerk')],
      [pc, signedAs(pc.write(id, 'complaintAnswered', ANSWER), 'executor')],
      [head, signedAs(head.write(own, 'complaintAnswered', ANSWER), 'districtExecutor')],
    ] as const) {
      const r = await attempt(device, event);
      expect([r.status, r.body.code, refusedCode(r)]).toEqual([403, 'wrongRole', 'wrongRole']);
    }
    const impostor = pc.write(id, 'complaintAnswered', ANSWER);
    const r = await attempt(pc, { ...impostor, actor: { id: 'u-7', name: 'Бөтен', role: 'akim' } });
    expect([r.status, refusedCode(r)]).toEqual([422, 'notOnStaff']);
    await expectUnchanged(server, [pc, head], before);
    // The real ones pass: the district's own complaint is the district's, no office sees it.
    await pushOk(pc, pc.write(id, 'complaintAnswered', ANSWER));
    await pushOk(head, head.write(own, 'complaintAnswered', ANSWER));
    expect(await streamOf(head, own)).toEqual(['complaintRegistered', 'complaintAnswered']);
    expect(await streamOf(pc, own)).toEqual([]);
  });

  it('refuses a loose or over-long payload, a second answer, and facts mixed between a case and a complaint', async () => {
    const pc = await office(server, '0101');
    const caseId = randomUUID();
    const id = randomUUID();
    await pushOk(pc, pc.register(caseId), complaint(pc, id));
    const before = await snapshot(server, [pc]);
    const base = complaint(pc, randomUUID()) as CaseEvent & { payload: Record<string, unknown> };
    pc.seq--;
    for (const payload of [
      { ...base.payload, html: '<b>x</b>' },
      { ...base.payload, subject: 'ы'.repeat(COMPLAINT_LIMITS.subject + 1) },
      { ...base.payload, complainant: { name: 'А', iin: '1234' } },
      { ...base.payload, about: { kind: 'service', caseId } },
    ]) {
      const r = await attempt(pc, { ...complaint(pc, randomUUID()), payload });
      expect([r.status, r.body.code]).toEqual([400, 'invalidEvent']);
    }
    const loose = await attempt(pc, pc.write(id, 'complaintAnswered', { ...ANSWER, late: false } as never));
    expect([loose.status, loose.body.code]).toEqual([400, 'invalidEvent']);
    const onCase = await attempt(pc, pc.write(caseId, 'complaintAnswered', ANSWER));
    expect([onCase.status, refusedCode(onCase)], JSON.stringify(onCase.body)).toEqual([422, 'wrongCase']);
    const onComplaint = await attempt(pc, pc.write(id, 'handedOver', { receivedBy: 'X', result: 'notification' }));
    expect([onComplaint.status, refusedCode(onComplaint)]).toEqual([422, 'wrongCase']);
    const twice = await attempt(pc, complaint(pc, id));
    expect([twice.status, refusedCode(twice)]).toEqual([422, 'notFirst']);
    const early = await attempt(pc, pc.write(id, 'complaintDelivered', { how: 'post', date: '2026-11-26' }));
    expect([early.status, refusedCode(early)]).toEqual([422, 'notAnswered']);
    await expectUnchanged(server, [pc], before);
    await pushOk(pc, pc.write(id, 'complaintAnswered', ANSWER));
    const again = await attempt(pc, pc.write(id, 'complaintAnswered', ANSWER));
    expect([again.status, refusedCode(again)]).toEqual([422, 'wrongState']);
  });
});
