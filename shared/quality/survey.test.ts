import { describe, expect, it } from 'vitest';
import { validateEvent } from '../case/events';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { testInspectionAct } from '../testing/commission-act';
import { appendToUnitRules, emptyUnitRules, unitStreamId } from '../unit';
import { foldComplaint } from '../complaint';
import { complaintAnsweredEvent, complaintRegisteredEvent } from '../testing/complaint-events';
import { caseFacts, complaintFacts } from './facts';
import { answered, SurveyPayload } from './survey';

const STREAM = unitStreamId('office', '0512');
const PAYLOAD = { serviceId: 'kst2015/child-benefit', date: '2026-11-27', answers: { process: 'yes', wait: 'over40' } } as const;

describe('the hand-over survey', () => {
  it('keeps only the questions answered; a survey with none is skipped', () => {
    expect(answered({ process: 'yes', information: '', courtesy: undefined })).toEqual({ process: 'yes' });
    expect(answered({})).toBeUndefined();
    expect(answered({ process: '' })).toBeUndefined();
  });

  it('refuses a payload that names the consumer, links a case, or answers outside the choices', () => {
    expect(SurveyPayload.safeParse(PAYLOAD).success).toBe(true);
    expect(SurveyPayload.safeParse({ ...PAYLOAD, iin: '900412400315' }).success).toBe(false);
    expect(SurveyPayload.safeParse({ ...PAYLOAD, answers: { ...PAYLOAD.answers, caseId: newCaseId() } }).success).toBe(false);
    expect(SurveyPayload.safeParse({ ...PAYLOAD, answers: { courtesy: 'rather' } }).success).toBe(false);
    expect(SurveyPayload.safeParse({ ...PAYLOAD, date: '27.11.2026' }).success).toBe(false);
  });

  it('is a fact of the unit stream that anyone on the staff may write, and no one else', () => {
    const event = makeEvent({ caseId: STREAM }, 'surveyAnswered', PAYLOAD);
    expect(validateEvent(event).ok).toBe(true);
    const rules = emptyUnitRules();
    rules.staff['u-1'] = { role: 'clerk', active: true };
    expect(appendToUnitRules(rules, event).ok).toBe(true);
    rules.staff['u-1'].active = false;
    expect(appendToUnitRules(rules, event)).toMatchObject({ ok: false, code: 'notOnStaff' });
  });
});

describe('caseFacts', () => {
  it('reads the office, the day of submission, the result day, readiness, service and rework', () => {
    const src = { caseId: newCaseId(), office: '0513' };
    const reg = registeredEvent(src, '2026-11-23T10:00');
    const facts = caseFacts([
      reg,
      makeEvent(src, 'sentToCommission', {}, '2026-11-23T11:00'),
      makeEvent(src, 'inspectionRecorded', testInspectionAct(), '2026-11-23T15:00'),
      makeEvent(src, 'conclusionAdopted', { conclusion: 'needs', reasons: 'табысы шектен төмен' }, '2026-11-23T16:00'),
      makeEvent(src, 'packageRelayed', { districtCode: '05', attachments: [] }, '2026-11-24T10:00'),
      makeEvent(src, 'receivedByDistrict', { incomingNumber: 'К-1', incomingDate: '2026-11-24' }, '2026-11-24T12:00'),
      makeEvent(src, 'returnedForRework', { remarks: 'анықтама жоқ' }, '2026-11-25T10:00'),
    ]);
    expect(facts).toMatchObject({
      office: '0513',
      submittedDate: '2026-11-23',
      refusedAtIntake: false,
      resultDate: reg.payload.resultDate,
      reworked: true,
    });
    expect(facts?.servedAt).toBeUndefined();
    expect(caseFacts([])).toBeUndefined();
  });
});

describe('complaintFacts', () => {
  it('reads a complaint of the journal: answered late and justified, or overdue and unanswered', () => {
    const src = { caseId: newCaseId(), office: '0512' };
    const late = foldComplaint([complaintRegisteredEvent(src, '2026-11-23T10:15'), complaintAnsweredEvent(src, '2026-12-02T10:00')], {
      now: '2026-12-03',
    })!;
    expect(complaintFacts(late)).toEqual({
      office: '0512',
      registeredAt: '2026-11-23T10:15',
      dueDate: '2026-11-30',
      answeredAt: '2026-12-02T10:00',
      late: true,
      justified: true,
    });
    const open = foldComplaint([complaintRegisteredEvent({ caseId: newCaseId() }, '2026-11-23T10:15')], { now: '2026-12-01' })!;
    expect(complaintFacts(open)).toMatchObject({ late: true, justified: undefined, answeredAt: undefined });
    const notYet = foldComplaint([complaintRegisteredEvent({ caseId: newCaseId() }, '2026-11-23T10:15')], { now: '2026-11-30' })!;
    expect(complaintFacts(notYet).late).toBe(false);
  });
});
