// Attack: signing as someone the unit's roster does not hold. A unit's staff,
// commission and sessions are events of its own stream (shared/unit); the server
// takes them only on that stream and by the unit's rules, and checks that the
// actor of every other event is on the roster in the role they sign with.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import type { PasswordHash } from '../../../shared/staff/password';
import { unitStreamId } from '../../../shared/unit';
import { BACKENDS, type TestDevice } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { attempt, district, feedOf, office, pushOk, refusedCode, signedAs } from './kit';

const PASSWORD: PasswordHash = { kdf: 'scrypt', N: 16384, r: 8, p: 1, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
const as = (event: CaseEvent, actor: CaseEvent['actor']) => ({ ...event, actor }) as CaseEvent;

/** The device's akim (actor u-1 of the test events) introduces themself at setup. */
function introduce(pc: TestDevice, code: string, kind: 'office' | 'district' = 'office'): CaseEvent {
  const role = kind === 'office' ? 'akim' : 'districtHead';
  return pc.write(unitStreamId(kind, code), 'staffAdded', { userId: 'u-1', name: 'Әлия Сәрсенова', role, password: PASSWORD });
}

describe.each(BACKENDS)('attack: signing as someone the roster does not hold, on %s', (backend) => {
  const server = useTestServer(backend);

  it('checks every actor against the roster once the unit has one, and the staff rules on the stream', async () => {
    const pc = await office(server, '0101');
    await pushOk(pc, introduce(pc, '0101'));
    await pushOk(pc, pc.register(randomUUID()));
    const stranger = await attempt(pc, as(pc.register(randomUUID()), { id: 'u-9', name: 'Бөтен', role: 'akim' }));
    expect(stranger.status).toBe(422);
    expect(refusedCode(stranger)).toBe('notOnStaff');
    // On the roster, but not in the role the event names.
    const otherRole = await attempt(pc, signedAs(pc.register(randomUUID()), 'clerk'));
    expect(refusedCode(otherRole)).toBe('notOnStaff');

    const stream = unitStreamId('office', '0101');
    const clerk = pc.write(stream, 'staffAdded', { userId: 'u-2', name: 'Ілиясов Нұрлан', role: 'clerk', password: PASSWORD });
    await pushOk(pc, clerk);
    // The clerk may not add staff or form the commission; the akim may not be left without a successor.
    const clerkActor = { id: 'u-2', name: 'Ілиясов Нұрлан', role: 'clerk' } as const;
    const byClerk = await attempt(
      pc,
      as(pc.write(stream, 'staffAdded', { userId: 'u-3', name: 'Х', role: 'akim', password: PASSWORD }), clerkActor),
    );
    expect(refusedCode(byClerk)).toBe('notHead');
    const formed = pc.write(stream, 'commissionFormed', {
      commissionId: 'c-1',
      decision: { number: '1', date: '2026-01-10' },
      members: [],
    });
    expect(refusedCode(await attempt(pc, as(formed, clerkActor)))).toBe('wrongRole');
    expect(refusedCode(await attempt(pc, pc.write(stream, 'staffDeactivated', { userId: 'u-1' })))).toBe('lastHead');
    // A person changes their own password; another's only the akim resets.
    const own = pc.write(stream, 'staffPasswordSet', { userId: 'u-2', password: PASSWORD, reset: false });
    await pushOk(pc, as(own, clerkActor));
    const others = pc.write(stream, 'staffPasswordSet', { userId: 'u-1', password: PASSWORD, reset: false });
    expect(refusedCode(await attempt(pc, as(others, clerkActor)))).toBe('notHead');
  });

  it("refuses a unit's facts on another unit's stream or a case, imports from a PC of this build, and loose payloads", async () => {
    const pc = await office(server, '0102');
    await pushOk(pc, introduce(pc, '0102'));
    const elsewhere = pc.write(unitStreamId('office', '0101'), 'sessionChanged', { sessionId: 's-1' });
    expect(refusedCode(await attempt(pc, elsewhere))).toBe('notRegistered');
    const caseId = randomUUID();
    await pushOk(pc, pc.register(caseId));
    expect(refusedCode(await attempt(pc, pc.write(caseId, 'staffDeactivated', { userId: 'u-1' })))).toBe('wrongCase');
    const stream = unitStreamId('office', '0102');
    const imported = pc.write(stream, 'staffAdded', { userId: 'u-7', name: 'Ескі', role: 'akim', password: PASSWORD, imported: true });
    expect(refusedCode(await attempt(pc, imported))).toBe('importNotAllowed');
    const loose = { ...pc.write(stream, 'staffDeactivated', { userId: 'u-1' }), payload: { userId: 'u-1', extra: 'x' } };
    const r = await attempt(pc, loose);
    expect(r.status).toBe(400);
    expect((r.body as { code: string }).code).toBe('invalidEvent');
  });

  it('lets a PC of an earlier build send what it wrote, then its imported staff, then checks it like any other', async () => {
    const pc = await office(server, '0201');
    await server.store.driver.transaction('write', (db) => db.run('UPDATE devices SET roster_state = 0 WHERE id = ?', [pc.deviceId]));
    const stream = unitStreamId('office', '0201');
    const old = { id: 'old-7', name: 'Бұрынғы хатшы', role: 'clerk' } as const;
    await pushOk(pc, as(pc.register(randomUUID()), old));
    await pushOk(
      pc,
      as(
        pc.write(stream, 'staffAdded', { userId: 'old-7', name: 'Бұрынғы хатшы', role: 'clerk', password: PASSWORD, imported: true }),
        old,
      ),
    );
    await pushOk(pc, as(pc.register(randomUUID()), old));
    const after = await attempt(pc, as(pc.register(randomUUID()), { id: 'u-9', name: 'Бөтен', role: 'clerk' }));
    expect(refusedCode(after)).toBe('notOnStaff');
    const late = pc.write(stream, 'staffAdded', { userId: 'old-8', name: 'Кеш', role: 'clerk', password: PASSWORD, imported: true });
    expect(refusedCode(await attempt(pc, as(late, old)))).toBe('importNotAllowed');
  });

  it("serves a district's stream to its PCs only, and an office's stream to the office's PCs only", async () => {
    const head = await district(server, 'D01');
    await pushOk(head, introduce(head, 'D01', 'district'));
    const second = await district(server, 'D01');
    const pc = await office(server, '0101');
    const far = await district(server, 'D02');
    const streamOf = (events: CaseEvent[], id: string) => events.filter((e) => e.caseId === id).map((e) => e.type);
    expect(streamOf(await feedOf(second), unitStreamId('district', 'D01'))).toEqual(['staffAdded']);
    expect(streamOf(await feedOf(far), unitStreamId('district', 'D01'))).toEqual([]);
    expect(streamOf(await feedOf(pc), unitStreamId('district', 'D01'))).toEqual([]);
    expect(streamOf(await feedOf(second), unitStreamId('office', '0101'))).toEqual([]);
    expect(streamOf(await feedOf(pc), unitStreamId('office', '0101'))).toContain('staffAdded');
  });
});
