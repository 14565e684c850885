// A conclusion that depends on an income threshold missing for the date is
// adopted only with the explicit, recorded "no threshold in force" choice.
import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { BUNDLED_THRESHOLDS } from '@shared/commission/thresholds';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { akimContext, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { adoptConclusion, recordAct } from './act-commands';
import { createCommission, createSession, sendToCommission } from './commands';

const MOTHER = makeIin('1990-04-12', 'female', 315)!;
const MEMBERS = [
  { fullName: 'Жұмабеков Серік', position: 'Әкім орынбасары', role: 'chair' as const, from: '2026-01-15' },
  { fullName: 'Ғалымжанова Әсел', position: 'Бас маман', role: 'secretary' as const, from: '2026-01-15' },
  { fullName: 'Құрманов Бақыт', position: 'Инспектор', role: 'member' as const, from: '2026-01-15' },
];

describe('no threshold in force', () => {
  it('refuses the conclusion without the choice, and records the choice with it', async () => {
    const db = freshDb();
    const commission = await createCommission(await akimContext(db), {
      officeCode: '0512',
      decision: { number: '17', date: '2026-01-15' },
      members: MEMBERS,
    });
    const { caseId } = await registerApplication(
      writeContext(db),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    await sendToCommission(writeContext(db), [caseId], commission.id);
    const [chair, secretary, member] = commission.members.map((m) => m.id);
    await recordAct(writeContext(db), caseId, {
      date: '2026-11-24',
      commissionId: commission.id,
      visitedBy: [{ id: chair, fullName: 'Жұмабеков Серік' }],
      address: 'Ақсу ауылы, Абай көшесі, 12',
      family: [{ iin: MOTHER, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
      housing: { type: 'house', ownership: 'own', rooms: 3, condition: 'good', utilities: ['electricity'] },
      landPlot: '',
      livestock: '',
      vehicles: '',
      otherProperty: '',
      months: ['2026-07', '2026-08', '2026-09'],
      incomes: [{ memberIin: MOTHER, category: 'wages', month: '2026-07', amount: 90000 }],
      notes: '',
    });
    const session = await createSession(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-11-27',
      place: 'Әкімдік',
      presentIds: [chair, secretary, member],
      caseIds: [caseId],
    });
    const input = {
      caseId,
      commission,
      session,
      conclusion: 'needs' as const,
      reasons: 'Табысы төмен',
      adoptedBy: secretary,
      signatures: [chair, secretary, member].map((memberId) => ({ memberId, vote: 'agree' as const })),
      threshold: { service: 'child-benefit-under-18', date: '2026-11-20', table: { ...BUNDLED_THRESHOLDS, rows: [] } },
    };
    await expect(adoptConclusion(writeContext(db), input)).rejects.toMatchObject({ refusal: { reason: 'noThresholdInForce' } });
    const state = await adoptConclusion(writeContext(db), {
      ...input,
      noThreshold: { recordedBy: 'Ғалымжанова Әсел', reason: 'Төртінші тоқсанның кестесі жарияланбаған' },
    });
    const adopted = state.events.find((e) => e.type === 'conclusionAdopted');
    expect(adopted?.type === 'conclusionAdopted' && adopted.payload.noThresholdInForce).toEqual({
      recordedBy: 'Ғалымжанова Әсел',
      reason: 'Төртінші тоқсанның кестесі жарияланбаған',
    });
  });
});
