import { describe, expect, it } from 'vitest';
import { makeEvent } from '../testing/case-events';
import { complaintAnsweredEvent, complaintRegisteredEvent } from '../testing/complaint-events';
import { foldComplaint } from './fold';

const source = () => ({ caseId: crypto.randomUUID(), office: '0512' });

describe('a complaint folded from its stream', () => {
  it('is due 5 working days after registration and open until answered', () => {
    const s = source();
    const c = foldComplaint([complaintRegisteredEvent(s, '2026-11-23T10:15')], { now: '2026-11-27' })!;
    expect(c).toMatchObject({
      id: s.caseId,
      number: 'Ш-0512-26A-0001',
      status: 'open',
      dueDate: '2026-11-30',
      overdue: false,
      late: false,
    });
    expect(c.officeCode).toBe('0512');
    expect(c.aboutCaseId).toBe('6f1c2a4e-8b3d-4c5e-9f60-1a2b3c4d5e6f');
    expect(c.acceptedBy).toBe('Әлия Сәрсенова');
    expect(c.term.daysOff.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29']);
  });

  it('is overdue the day after its due date while unanswered, and never on the due date itself', () => {
    const events = [complaintRegisteredEvent(source(), '2026-11-23T10:15')];
    expect(foldComplaint(events, { now: '2026-11-30T17:59' })!.overdue).toBe(false);
    expect(foldComplaint(events, { now: '2026-12-01' })!.overdue).toBe(true);
  });

  it('skips the Independence Day holidays when counting the term', () => {
    const c = foldComplaint([complaintRegisteredEvent(source(), '2026-12-14T09:00')], { now: '2026-12-14' })!;
    expect(c.dueDate).toBe('2026-12-22');
    expect(c.term.daysOff.map((d) => [d.date, d.kind])).toEqual([
      ['2026-12-16', 'holiday'],
      ['2026-12-19', 'weekend'],
      ['2026-12-20', 'weekend'],
    ]);
    expect(c.term.source).toBe('003:L289');
  });

  it('takes 15 working days from registration once escalated to the authorised body', () => {
    const s = source();
    const c = foldComplaint(
      [complaintRegisteredEvent(s, '2026-11-23T10:15'), makeEvent(s, 'complaintEscalated', { body: 'Сапа комитеті' }, '2026-11-24T11:00')],
      { now: '2026-12-05' },
    )!;
    expect(c.status).toBe('escalated');
    expect(c.term.workingDays).toBe(15);
    expect(c.dueDate).toBe('2026-12-14');
    expect(c.overdue).toBe(false);
  });

  it('is answered on time on the due date, late the day after; justified kept', () => {
    const s = source();
    const onTime = foldComplaint([complaintRegisteredEvent(s, '2026-11-23T10:15'), complaintAnsweredEvent(s, '2026-11-30T17:00', false)], {
      now: '2026-12-10',
    })!;
    expect(onTime).toMatchObject({ status: 'answered', late: false, overdue: false, justified: false, answeredAt: '2026-11-30T17:00' });
    const t = source();
    const late = foldComplaint([complaintRegisteredEvent(t, '2026-11-23T10:15'), complaintAnsweredEvent(t, '2026-12-01T09:00')], {
      now: '2026-12-10',
    })!;
    expect(late).toMatchObject({ late: true, overdue: false, justified: true });
    expect(late.answer?.signerRole).toBe('akim');
  });

  it('records the delivery after the answer and refuses one before it', () => {
    const s = source();
    const reg = complaintRegisteredEvent(s);
    const early = makeEvent(s, 'complaintDelivered', { how: 'post', date: '2026-11-24' }, '2026-11-24T10:00');
    const answer = complaintAnsweredEvent(s, '2026-11-25T10:00');
    const delivered = makeEvent(s, 'complaintDelivered', { how: 'post', date: '2026-11-26' }, '2026-11-26T10:00');
    const c = foldComplaint([reg, early, answer, delivered], { now: '2026-11-27' })!;
    expect(c.status).toBe('delivered');
    expect(c.delivery).toMatchObject({ how: 'post', date: '2026-11-26' });
    expect(c.rejected.map((r) => [r.event.id, r.code])).toEqual([[early.id, 'notAnswered']]);
  });

  it('keeps aside a second answer, a second registration and an escalation after the answer', () => {
    const s = source();
    const reg = complaintRegisteredEvent(s);
    const again = complaintRegisteredEvent(s);
    const answer = complaintAnsweredEvent(s, '2026-11-25T10:00');
    const second = complaintAnsweredEvent(s, '2026-11-26T10:00', false);
    const escalate = makeEvent(s, 'complaintEscalated', { body: 'Сапа комитеті' }, '2026-11-26T11:00');
    const c = foldComplaint([reg, again, answer, second, escalate], { now: '2026-11-27' })!;
    expect(c.justified).toBe(true);
    expect(c.term.workingDays).toBe(5);
    expect(c.rejected.map((r) => r.code)).toEqual(['notFirst', 'wrongState', 'wrongState']);
  });

  it('refuses another unit writing onto the complaint, and a registration into another unit’s journal', () => {
    const s = source();
    const foreign = { ...complaintAnsweredEvent(s, '2026-11-25T10:00'), office: '0777' };
    const c = foldComplaint([complaintRegisteredEvent(s), foreign], { now: '2026-11-27' })!;
    expect(c.status).toBe('open');
    expect(c.rejected.map((r) => r.code)).toEqual(['wrongCase']);
    const elsewhere = complaintRegisteredEvent(source(), undefined, { unit: { kind: 'office', code: '0777' } });
    expect(foldComplaint([elsewhere], { now: '2026-11-27' })).toBeUndefined();
  });

  it('gives nothing for a stream with no registration', () => {
    const s = source();
    expect(foldComplaint([complaintAnsweredEvent(s, '2026-11-25T10:00')], { now: '2026-11-27' })).toBeUndefined();
  });
});
