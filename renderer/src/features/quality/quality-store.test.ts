// The survey at hand-over and the indicators read back from a PC's database
// (fake-indexeddb): the answers are a fact of the unit's stream with no case or
// name, and the indicators count them beside the cases served.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '@shared/quality';
import { complaintAnsweredEvent, complaintRegisteredEvent } from '@shared/testing/complaint-events';
import { RejectedWrite } from '@renderer/db/case-store';
import { projectComplaint } from '@renderer/db/complaint-store';
import type { OfficeSettings } from '@renderer/db/schema';
import { streamOf } from '@renderer/db/unit-store';
import { handOver } from '@renderer/features/handover/commands';
import { akim, CERTIFICATE, ctx, registerCase, setUpPc } from '@renderer/features/district/test-fixtures';
import { recordSurvey } from './commands';
import { monthPeriod } from './period';
import { qualityData } from './queries';
import { ALL, scopedInput } from './scope';

const byCode = (rows: ReturnType<typeof computeIndicators>) => Object.fromEntries(rows.map((r) => [r.code, r]));

describe('the survey and the indicators on one akimat PC', () => {
  it('records the answers apart from the case, and counts them with the cases served in the month', async () => {
    const db = await setUpPc('akimat', '0512');
    const settings = (await db.settings.get('office')) as OfficeSettings;
    const here = { ...settings };
    const first = await registerCase(db, CERTIFICATE, '2026-11-23T10:00', undefined, here);
    const second = await registerCase(db, CERTIFICATE, '2026-11-24T10:00', undefined, here);
    await handOver(ctx(db, '2026-11-23T10:06', akim, here), first, { receivedBy: 'Өтемісова Гүлнәр', result: 'certificate' });
    await recordSurvey(ctx(db, '2026-11-23T10:06', akim, here), CERTIFICATE.id, { process: 'yes', courtesy: 'yes', wait: 'upTo40' });
    // The second consumer skipped the survey: nothing is recorded for them.
    await handOver(ctx(db, '2026-11-24T10:05', akim, here), second, { receivedBy: 'Әлиев Берік', result: 'certificate' });

    const stream = await db.events.where('caseId').equals(streamOf(settings)).toArray();
    const survey = stream.find((e) => e.type === 'surveyAnswered')!;
    expect(survey.payload).toEqual({
      serviceId: CERTIFICATE.id,
      date: '2026-11-23',
      answers: { process: 'yes', courtesy: 'yes', wait: 'upTo40' },
    });
    expect(JSON.stringify(survey.payload)).not.toContain('Өтемісова');
    expect(JSON.stringify(survey.payload)).not.toContain(first);
    expect((await db.outbox.get(survey.id))?.state).toBe('pending');

    // A complaint of the journal, answered after its 5 working days and found justified (pulled as is).
    const complaint = { caseId: crypto.randomUUID(), office: '0512' };
    await db.events.bulkAdd([
      complaintRegisteredEvent(complaint, '2026-11-23T11:00'),
      complaintAnsweredEvent(complaint, '2026-12-01T10:00', true),
    ]);
    await projectComplaint(db, complaint.caseId);

    const data = await qualityData(db, settings, '2026-11-30', '2026-12-02');
    const rows = byCode(computeIndicators(data.input, monthPeriod('2026-11')!));
    expect(rows['1.1']).toMatchObject({ numerator: 2, denominator: 2, value: 100, met: true });
    expect(rows['2.1']).toMatchObject({ numerator: 1, denominator: 1, met: true });
    expect(rows['1.2']).toMatchObject({ numerator: 1, denominator: 1 });
    expect(rows['3.1']).toMatchObject({ state: 'noData' });
    expect(rows['4.1']).toMatchObject({ numerator: 1, denominator: 2, value: 50, met: false });
    expect(rows['4.2']).toMatchObject({ numerator: 0, denominator: 1, value: 0, met: false });
    const october = byCode(computeIndicators((await qualityData(db, settings, '2026-10-31')).input, monthPeriod('2026-10')!));
    expect(october['1.1']).toMatchObject({ state: 'noData', denominator: 0 });
  });

  it('refuses answers written by someone not on the staff', async () => {
    const db = await setUpPc('akimat', '0513');
    const settings = (await db.settings.get('office')) as OfficeSettings;
    const stranger = { id: 'u-9', name: 'Бөтен', role: 'clerk' as const };
    await expect(
      recordSurvey(ctx(db, '2026-11-23T10:06', stranger, { ...settings }), CERTIFICATE.id, { courtesy: 'no' }),
    ).rejects.toBeInstanceOf(RejectedWrite);
  });
});

describe('the scope of the page', () => {
  const served = (office: string) => ({
    caseId: office,
    office,
    submittedDate: '2026-11-02',
    refusedAtIntake: false,
    resultDate: '2026-11-12',
    readyAt: '2026-11-10T10:00',
    servedAt: '2026-11-10T10:00',
    reworked: false,
  });
  const input = { cases: [served('0512'), served('0513')], surveys: [] };
  it('an akimat PC counts its own office; a district PC each okrug or all of them', () => {
    expect(scopedInput(input, false, '0512', ALL).cases.map((c) => c.office)).toEqual(['0512']);
    expect(scopedInput(input, true, 'D05', ALL).cases.map((c) => c.office)).toEqual(['0512', '0513']);
    expect(scopedInput(input, true, 'D05', '0513').cases.map((c) => c.office)).toEqual(['0513']);
  });
});

describe('monthPeriod', () => {
  it('gives the first and last day of a month, and nothing for a bad month', () => {
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-13')).toBeUndefined();
    expect(monthPeriod('')).toBeUndefined();
  });
});
