import { describe, expect, it } from 'vitest';
import { validateEvent } from '../case/events';
import { mayWrite, signersOf } from '../case/writers';
import { complaintRegisteredEvent } from '../testing/complaint-events';
import { COMPLAINT_LIMITS } from './events';
import { complaintNumber, nextComplaintSequence } from './numbering';

const registered = () => complaintRegisteredEvent({ caseId: crypto.randomUUID() });
const withPayload = (patch: Record<string, unknown>) => {
  const e = registered();
  return { ...e, payload: { ...e.payload, ...patch } };
};

describe('complaint payloads on the wire', () => {
  it('accepts a registration about a case, a member of staff or the service in general', () => {
    expect(validateEvent(registered()).ok).toBe(true);
    expect(validateEvent(withPayload({ about: { kind: 'staff', staffName: 'Иванов И.' } })).ok).toBe(true);
    expect(validateEvent(withPayload({ about: { kind: 'service' }, form: 'oral' })).ok).toBe(true);
  });

  it('refuses unknown fields, over-long texts, a bad IIN and a case that is no uuid', () => {
    const refused = (patch: Record<string, unknown>) => {
      const v = validateEvent(withPayload(patch));
      return v.ok ? 'accepted' : v.field;
    };
    expect(refused({ extra: 1 })).toBe('payload');
    expect(refused({ subject: 'ы'.repeat(COMPLAINT_LIMITS.subject + 1) })).toBe('payload.subject');
    expect(refused({ subject: '   ' })).toBe('payload.subject');
    expect(refused({ complainant: { name: 'А', iin: '123' } })).toBe('payload.complainant.iin');
    expect(refused({ complainant: { name: 'А', phone: '1'.repeat(41) } })).toBe('payload.complainant.phone');
    expect(refused({ complainant: { name: 'А', note: 'x' } })).toBe('payload.complainant');
    expect(refused({ about: { kind: 'case', caseId: 'x', caseNumber: '1' } })).toBe('payload.about.caseId');
    expect(refused({ about: { kind: 'service', caseId: crypto.randomUUID() } })).toBe('payload.about');
    expect(refused({ registeredAt: '2026-11-23 10:15' })).toBe('payload.registeredAt');
    expect(refused({ unit: { kind: 'oblast', code: '0512' } })).toBe('payload.unit.kind');
  });

  it('bounds the answer’s text and refuses an answer without its signer', () => {
    const e = registered();
    const answer = (payload: Record<string, unknown>) => validateEvent({ ...e, type: 'complaintAnswered', payload }).ok;
    const ok = { text: 'Жауап', justified: true, outgoingNumber: '1', signedBy: 'Әкім' };
    expect(answer(ok)).toBe(true);
    expect(answer({ ...ok, text: 'a'.repeat(COMPLAINT_LIMITS.answer + 1) })).toBe(false);
    expect(answer({ ...ok, signedBy: undefined })).toBe(false);
    expect(answer({ ...ok, justified: 'yes' })).toBe(false);
  });
});

describe('who may write a complaint’s facts', () => {
  it('lets any of the unit’s staff register and deliver, and only the akim or the head sign the answer', () => {
    for (const role of ['clerk', 'executor', 'akim'] as const) expect(mayWrite('office', 'complaintRegistered', role).ok).toBe(true);
    expect(signersOf('office', 'complaintAnswered')).toEqual(['akim']);
    expect(signersOf('district', 'complaintAnswered')).toEqual(['districtHead']);
    expect(mayWrite('office', 'complaintAnswered', 'clerk')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'complaintRegistered', 'commission')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('district', 'complaintDelivered', 'districtClerk').ok).toBe(true);
  });
});

describe('journal numbers', () => {
  it('runs the device’s own series for the year', () => {
    const parts = { officeCode: '0512', year: 2026, deviceLetter: 'A' };
    expect(complaintNumber({ ...parts, sequence: 3 })).toBe('Ш-0512-26A-0003');
    expect(nextComplaintSequence([], parts)).toBe(1);
    expect(nextComplaintSequence(['Ш-0512-26A-0003', 'Ш-0512-26B-0009', 'Ш-0512-25A-0010', '0512-26A-0044'], parts)).toBe(4);
  });
});
