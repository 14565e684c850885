// Attack: the hand-over survey (shared/quality/survey.ts) as a way to store or
// forge what it must not hold. Its answers go only to the unit's own stream, from
// someone on the unit's staff, with the service, the day and the answers and
// nothing else: no name, no IIN, no case.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../../shared/case/events';
import type { PasswordHash } from '../../../shared/staff/password';
import { unitStreamId } from '../../../shared/unit';
import { BACKENDS } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { attempt, feedOf, office, pushOk, refusedCode } from './kit';

const PASSWORD: PasswordHash = { kdf: 'scrypt', N: 16384, r: 8, p: 1, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
const ANSWERS = { serviceId: 'kst2015/child-benefit', date: '2026-11-27', answers: { process: 'yes', courtesy: 'no' } } as const;

const invalid = (r: Awaited<ReturnType<typeof attempt>>) => r.status === 400 && (r.body as { code: string }).code === 'invalidEvent';

describe.each(BACKENDS)('attack: the hand-over survey, on %s', (backend) => {
  const server = useTestServer(backend);

  it('takes answers from the staff on the unit stream, and nothing that names the consumer or the case', async () => {
    const pc = await office(server, '0102');
    const stream = unitStreamId('office', '0102');
    await pushOk(pc, pc.write(stream, 'staffAdded', { userId: 'u-1', name: 'Әлия Сәрсенова', role: 'akim', password: PASSWORD }));
    await pushOk(pc, pc.write(stream, 'surveyAnswered', ANSWERS));

    const named = pc.write(stream, 'surveyAnswered', { ...ANSWERS, fullName: 'Өтемісова Гүлнәр' } as never);
    expect(invalid(await attempt(pc, named))).toBe(true);
    const linked = pc.write(stream, 'surveyAnswered', { ...ANSWERS, answers: { ...ANSWERS.answers, caseId: randomUUID() } } as never);
    expect(invalid(await attempt(pc, linked))).toBe(true);
    const outOfRange = pc.write(stream, 'surveyAnswered', { ...ANSWERS, answers: { process: 'maybe' } } as never);
    expect(invalid(await attempt(pc, outOfRange))).toBe(true);
    const empty = pc.write(stream, 'surveyAnswered', { ...ANSWERS, answers: {} });
    expect(invalid(await attempt(pc, empty))).toBe(true);
    const long = pc.write(stream, 'surveyAnswered', { ...ANSWERS, serviceId: 'x'.repeat(101) });
    expect(invalid(await attempt(pc, long))).toBe(true);

    const stranger = { ...pc.write(stream, 'surveyAnswered', ANSWERS), actor: { id: 'u-9', name: 'Бөтен', role: 'clerk' } } as CaseEvent;
    expect(refusedCode(await attempt(pc, stranger))).toBe('notOnStaff');
    const caseId = randomUUID();
    await pushOk(pc, pc.register(caseId));
    expect(refusedCode(await attempt(pc, pc.write(caseId, 'surveyAnswered', ANSWERS)))).toBe('wrongCase');

    const stored = (await feedOf(pc)).filter((e) => e.type === 'surveyAnswered');
    expect(stored.map((e) => e.payload)).toEqual([ANSWERS]);
  });
});
