import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { membersOn } from '@shared/commission/commission';
import type { InspectionActFields } from '@shared/commission/act';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { akimContext, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { loadCase, RejectedWrite } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { ActRefused, AdoptionRefused, adoptConclusion, recordAct } from './act-commands';
import {
  addMember,
  createCommission,
  createSession,
  endMembership,
  InvalidCommission,
  sendToCommission,
  SessionLocked,
  updateSession,
} from './commands';
import { actsOf, sessionQuorum } from './model';
import { currentCommission } from './reads';

const MOTHER = makeIin('1990-04-12', 'female', 315)!;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const file = (bytes: Uint8Array, name: string) => Object.assign(new Blob([bytes as BlobPart]), { name });

const MEMBERS = [
  { fullName: 'Жұмабеков Серік', position: 'Әкім орынбасары', role: 'chair' as const, from: '2026-01-15' },
  { fullName: 'Ғалымжанова Әсел', position: 'Бас маман', role: 'secretary' as const, from: '2026-01-15' },
  { fullName: 'Құрманов Бақыт', position: 'Инспектор', role: 'member' as const, from: '2026-01-15' },
];

async function setUp(db: AkimatDb, cases = 1) {
  const commission = await createCommission(await akimContext(db), {
    officeCode: '0512',
    decision: { number: '17', date: '2026-01-15' },
    members: MEMBERS,
  });
  const states = [];
  for (let i = 0; i < cases; i++)
    states.push(
      await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklistFor(fixtureEntry, false), DEFAULT_OFFICE_HOURS),
    );
  return { commission, caseIds: states.map((s) => s.caseId) };
}

function actFields(commissionId: string, memberId: string): Omit<InspectionActFields, 'photos'> {
  return {
    date: '2026-11-24',
    commissionId,
    visitedBy: [{ id: memberId, fullName: 'Жұмабеков Серік' }],
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
  };
}

describe('the commission and its composition', () => {
  it('keeps the history when a member leaves and another joins', async () => {
    const db = freshDb();
    const { commission } = await setUp(db, 0);
    const leaving = commission.members[2];
    await endMembership(await akimContext(db), commission.id, leaving.id, '2026-06-30');
    const after = await addMember(await akimContext(db), commission.id, {
      fullName: 'Сейітов Мұрат',
      position: 'Мұғалім',
      role: 'member',
      from: '2026-07-01',
    });
    expect(after.members).toHaveLength(4);
    expect(membersOn(after, '2026-03-01').map((m) => m.fullName)).toContain('Құрманов Бақыт');
    expect(membersOn(after, '2026-08-01').map((m) => m.fullName)).toEqual(['Жұмабеков Серік', 'Ғалымжанова Әсел', 'Сейітов Мұрат']);
    expect((await currentCommission(db, '0512'))!.members).toHaveLength(4);
  });

  it('refuses a member without a name, and an end date before the start', async () => {
    const db = freshDb();
    await expect(
      createCommission(await akimContext(db), {
        officeCode: '0512',
        decision: { number: '1', date: '2026-01-15' },
        members: [{ ...MEMBERS[0], fullName: ' ' }],
      }),
    ).rejects.toThrow(InvalidCommission);
    expect(await db.commissions.count()).toBe(0);
    const { commission } = await setUp(db, 0);
    await expect(endMembership(await akimContext(db), commission.id, commission.members[0].id, '2025-12-31')).rejects.toThrow(
      InvalidCommission,
    );
    expect((await db.commissions.get(commission.id))!.members[0].to).toBeUndefined();
  });
});

describe('sending cases and holding a session', () => {
  it('sends several cases at once and reports the one that cannot go without stopping the others', async () => {
    const db = freshDb();
    const { commission, caseIds } = await setUp(db, 2);
    await sendToCommission(writeContext(db), [caseIds[0]], commission.id);
    const outcome = await sendToCommission(writeContext(db), caseIds, commission.id);
    expect(outcome.sent).toEqual([caseIds[1]]);
    expect(outcome.refused).toHaveLength(1);
    expect((outcome.refused[0].error as RejectedWrite).code).toBe('wrongState');
    for (const id of caseIds) expect((await db.cases.get(id))!.status).toBe('atCommission');
    const summary = await db.cases.get(caseIds[0]);
    expect(summary!.nextMilestone).toBe('commissionConclusion');
  });

  it('checks the quorum as the commission stood on the session date', async () => {
    const db = freshDb();
    const { commission } = await setUp(db, 0);
    const [chair, secretary, member] = commission.members.map((m) => m.id);
    expect(sessionQuorum(commission, { date: '2026-11-27', presentIds: [chair, secretary] }).ok).toBe(true);
    expect(sessionQuorum(commission, { date: '2026-11-27', presentIds: [secretary, member] })).toMatchObject({
      ok: false,
      reason: 'noChair',
    });
    expect(sessionQuorum(commission, { date: '2026-11-27', presentIds: [chair] })).toMatchObject({
      ok: false,
      reason: 'notEnough',
      needed: 2,
    });
    expect(sessionQuorum(commission, { date: '2025-11-27', presentIds: [chair, secretary] })).toMatchObject({
      ok: false,
      reason: 'noMembers',
    });
  });
});

describe('the inspection act', () => {
  it('records the act with its photo in one transaction; a PDF is not a photo and nothing is written', async () => {
    const db = freshDb();
    const { commission, caseIds } = await setUp(db);
    await sendToCommission(writeContext(db), caseIds, commission.id);
    const before = await db.events.count();
    await expect(
      recordAct(writeContext(db), caseIds[0], actFields(commission.id, commission.members[0].id), {
        photos: [file(new TextEncoder().encode('%PDF-1.7'), 'scan.pdf')],
      }),
    ).rejects.toMatchObject({
      problem: { photo: 'notImage', name: 'scan.pdf' },
    });
    expect(await db.events.count()).toBe(before);
    const state = await recordAct(writeContext(db), caseIds[0], actFields(commission.id, commission.members[0].id), {
      photos: [file(PNG, 'үй.png')],
    });
    const [act] = actsOf(state);
    expect(act.actId).toBe('0512-26A-0001/1');
    expect(act.photos).toEqual([expect.objectContaining({ name: 'үй.png', mime: 'image/png' })]);
    expect(state.attachments).toHaveLength(1);
    expect(await db.attachments.where('caseId').equals(caseIds[0]).count()).toBe(1);
    expect(await db.outbox.count()).toBe(await db.events.count());
  });

  it('is never edited: a new act must supersede the one in force and give a reason', async () => {
    const db = freshDb();
    const { commission, caseIds } = await setUp(db);
    await sendToCommission(writeContext(db), caseIds, commission.id);
    const fields = actFields(commission.id, commission.members[0].id);
    await recordAct(writeContext(db), caseIds[0], fields);
    await expect(recordAct(writeContext(db), caseIds[0], fields)).rejects.toMatchObject({ problem: { supersede: 'mustSupersedeLatest' } });
    await expect(recordAct(writeContext(db), caseIds[0], fields, { supersedes: '0512-26A-0001/1', reason: ' ' })).rejects.toMatchObject({
      problem: { supersede: 'reasonRequired' },
    });
    const state = await recordAct(
      writeContext(db),
      caseIds[0],
      { ...fields, notes: 'Қайта тексерілді' },
      { supersedes: '0512-26A-0001/1', reason: 'Жалақы туралы жаңа анықтама' },
    );
    const acts = actsOf(state);
    expect(acts.map((a) => a.actId)).toEqual(['0512-26A-0001/1', '0512-26A-0001/2']);
    expect(acts[1]).toMatchObject({ supersedes: '0512-26A-0001/1', reason: 'Жалақы туралы жаңа анықтама' });
    expect(acts[0].notes).toBe('');
  });

  it('refuses an act with no member who visited, naming the field', async () => {
    const db = freshDb();
    const { commission, caseIds } = await setUp(db);
    await sendToCommission(writeContext(db), caseIds, commission.id);
    const err = await recordAct(writeContext(db), caseIds[0], { ...actFields(commission.id, 'x'), visitedBy: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(ActRefused);
    expect(err.problem).toEqual({ field: 'visitedBy' });
  });

  it('cannot be recorded for a case that was not sent to the commission', async () => {
    const db = freshDb();
    const { commission, caseIds } = await setUp(db);
    await expect(recordAct(writeContext(db), caseIds[0], actFields(commission.id, commission.members[0].id))).rejects.toMatchObject({
      code: 'notAtCommission',
    });
  });
});

describe('adopting a conclusion', () => {
  async function ready(db: AkimatDb, withAct = true) {
    const { commission, caseIds } = await setUp(db);
    await sendToCommission(writeContext(db), caseIds, commission.id);
    if (withAct) await recordAct(writeContext(db), caseIds[0], actFields(commission.id, commission.members[0].id));
    const [chair, secretary, member] = commission.members.map((m) => m.id);
    return { commission, caseId: caseIds[0], chair, secretary, member };
  }

  it('is refused without a quorum, without an act, by a non-member, or off the agenda — each with its reason', async () => {
    const db = freshDb();
    const { commission, caseId, chair, secretary, member } = await ready(db, false);
    const session = await createSession(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-11-27',
      place: 'Әкімдік',
      presentIds: [secretary, member],
      caseIds: [caseId],
    });
    const base = {
      caseId,
      commission,
      session,
      conclusion: 'needs' as const,
      reasons: 'Табысы төмен',
      adoptedBy: secretary,
      signatures: [
        { memberId: secretary, vote: 'agree' as const },
        { memberId: member, vote: 'agree' as const },
      ],
    };
    await expect(adoptConclusion(writeContext(db), base)).rejects.toMatchObject({
      refusal: { reason: 'noQuorum', quorum: { reason: 'noChair' } },
    });

    const full = await updateSession(await akimContext(db), session.id, { presentIds: [chair, secretary, member] });
    const signed = [...base.signatures, { memberId: chair, vote: 'agree' as const }];
    await expect(adoptConclusion(writeContext(db), { ...base, session: full, signatures: signed })).rejects.toMatchObject({
      refusal: { reason: 'noAct' },
    });
    await recordAct(writeContext(db), caseId, actFields(commission.id, chair));
    await expect(
      adoptConclusion(writeContext(db), { ...base, session: full, signatures: signed, adoptedBy: 'stranger' }),
    ).rejects.toMatchObject({ refusal: { reason: 'notMember', who: 'stranger' } });
    await expect(adoptConclusion(writeContext(db), { ...base, session: full, signatures: signed.slice(1) })).rejects.toMatchObject({
      refusal: { reason: 'unsigned' },
    });
    await expect(
      adoptConclusion(writeContext(db), { ...base, session: { ...full, caseIds: [] }, signatures: signed }),
    ).rejects.toMatchObject({ refusal: { reason: 'notOnAgenda' } });
    await expect(adoptConclusion(writeContext(db), { ...base, session: full, signatures: signed, reasons: '  ' })).rejects.toBeInstanceOf(
      AdoptionRefused,
    );
    expect((await loadCase(db, caseId))!.status).toBe('atCommission');
  });

  it('records the conclusion with every signature and dissent; then the act can no longer be changed and presence is fixed', async () => {
    const db = freshDb();
    const { commission, caseId, chair, secretary, member } = await ready(db);
    const session = await createSession(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-11-27',
      place: 'Әкімдік',
      presentIds: [chair, secretary, member],
      caseIds: [caseId],
    });
    const state = await adoptConclusion(writeContext(db), {
      caseId,
      commission,
      session,
      conclusion: 'doesNotNeed',
      reasons: 'Табысы шекті мөлшерден жоғары',
      adoptedBy: secretary,
      perCapita: 30000,
      signatures: [
        { memberId: chair, vote: 'agree' },
        { memberId: secretary, vote: 'agree' },
        { memberId: member, vote: 'dissent', opinion: 'Мал есепке алынбаған' },
      ],
    });
    expect(state.status).toBe('commissionConcluded');
    expect(state.conclusion).toMatchObject({
      conclusion: 'doesNotNeed',
      sessionId: session.id,
      actId: '0512-26A-0001/1',
      perCapita: 30000,
    });
    expect((state.conclusion as unknown as { signatures: { fullName: string; opinion?: string }[] }).signatures[2]).toMatchObject({
      fullName: 'Құрманов Бақыт',
      opinion: 'Мал есепке алынбаған',
    });
    expect((await db.cases.get(caseId))!.status).toBe('commissionConcluded');

    await expect(
      recordAct(writeContext(db), caseId, actFields(commission.id, chair), { supersedes: '0512-26A-0001/1', reason: 'кеш' }),
    ).rejects.toBeInstanceOf(RejectedWrite);
    await expect(updateSession(await akimContext(db), session.id, { presentIds: [chair, secretary] })).rejects.toBeInstanceOf(
      SessionLocked,
    );
    expect((await updateSession(await akimContext(db), session.id, { place: 'Мектеп' })).place).toBe('Мектеп');
  });
});
