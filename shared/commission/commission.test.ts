import { describe, expect, it } from 'vitest';
import { Commission, checkAdoption, checkQuorum, membersOn, neededForQuorum } from './commission';

const commission: Commission = Commission.parse({
  id: 'c1',
  officeCode: '0512',
  decision: { number: '12', date: '2026-01-15' },
  members: [
    { id: 'chair', fullName: 'Әбдірахманов Серік', position: 'Әкім орынбасары', role: 'chair', from: '2026-01-15' },
    { id: 'deputy', fullName: 'Нұрланова Айгүл', position: 'Мұғалім', role: 'deputyChair', from: '2026-01-15' },
    { id: 'sec', fullName: 'Қасымова Дина', position: 'Маман', role: 'secretary', from: '2026-01-15' },
    { id: 'm1', fullName: 'Өмірзақов Талғат', position: 'Учаскелік полиция инспекторы', role: 'member', from: '2026-01-15' },
    { id: 'm2', fullName: 'Ілиясова Гүлшат', position: 'Медбике', role: 'member', from: '2026-01-15', to: '2026-06-30' },
    { id: 'm3', fullName: 'Сейітов Ұлан', position: 'Депутат', role: 'member', from: '2026-07-01' },
  ],
});

describe('composition over time', () => {
  it('keeps history: a member who left is not serving, the new one is', () => {
    expect(membersOn(commission, '2026-03-01').map((m) => m.id)).toContain('m2');
    expect(membersOn(commission, '2026-08-01').map((m) => m.id)).not.toContain('m2');
    expect(membersOn(commission, '2026-08-01').map((m) => m.id)).toContain('m3');
    expect(membersOn(commission, '2025-12-01')).toEqual([]);
  });
});

describe('quorum', () => {
  it('needs more than half of the serving members', () => {
    expect(neededForQuorum(5)).toBe(3);
    expect(neededForQuorum(4)).toBe(3);
    expect(neededForQuorum(1)).toBe(1);
  });
  it('is reached with three of five including the chair', () => {
    expect(checkQuorum(commission, '2026-08-01', ['chair', 'sec', 'm1'])).toEqual({ ok: true, present: 3, serving: 5 });
  });
  it('is reached with the deputy chair instead of the chair', () => {
    expect(checkQuorum(commission, '2026-08-01', ['deputy', 'sec', 'm1']).ok).toBe(true);
  });
  it('is not reached with exactly half', () => {
    const c2 = { ...commission, members: commission.members.filter((m) => m.id !== 'm3') };
    expect(checkQuorum(c2, '2026-08-01', ['chair', 'sec'])).toMatchObject({ ok: false, reason: 'notEnough', needed: 3, serving: 4 });
  });
  it('is not reached without the chair or a deputy', () => {
    expect(checkQuorum(commission, '2026-08-01', ['sec', 'm1', 'm3'])).toMatchObject({ ok: false, reason: 'noChair' });
  });
  it('a chair-free rule can be configured', () => {
    expect(checkQuorum(commission, '2026-08-01', ['sec', 'm1', 'm3'], { moreThanShare: 0.5, requireChairOrDeputy: false }).ok).toBe(true);
  });
  it('a member who no longer serves does not count and is named', () => {
    expect(checkQuorum(commission, '2026-08-01', ['chair', 'sec', 'm2'])).toMatchObject({ ok: false, reason: 'notAMember', who: 'm2' });
  });
  it('no members serving on the date', () => {
    expect(checkQuorum(commission, '2025-01-01', [])).toMatchObject({ ok: false, reason: 'noMembers' });
  });
});

describe('adopting a conclusion', () => {
  const present = ['chair', 'sec', 'm1'];
  const base = {
    commission,
    sessionDate: '2026-08-01',
    presentIds: present,
    hasAct: true,
    adoptedBy: 'sec',
    signatures: present.map((memberId) => ({ memberId, vote: 'agree' as const })),
  };
  it('is adopted when every present member signs', () => {
    expect(checkAdoption(base)).toEqual({ ok: true });
  });
  it('is adopted with a recorded dissenting opinion', () => {
    expect(
      checkAdoption({
        ...base,
        signatures: [...base.signatures.slice(0, 2), { memberId: 'm1', vote: 'dissent', opinion: 'Үй шаруашылығында мал бар' }],
      }),
    ).toEqual({ ok: true });
  });
  it('is refused without quorum', () => {
    expect(checkAdoption({ ...base, presentIds: ['chair', 'sec'], signatures: base.signatures.slice(0, 2) })).toMatchObject({
      ok: false,
      reason: 'noQuorum',
    });
  });
  it('is refused without an inspection act', () => {
    expect(checkAdoption({ ...base, hasAct: false })).toMatchObject({ ok: false, reason: 'noAct' });
  });
  it('is refused when recorded by someone who is not a present member', () => {
    expect(checkAdoption({ ...base, adoptedBy: 'clerk-7' })).toMatchObject({ ok: false, reason: 'notMember', who: 'clerk-7' });
    expect(checkAdoption({ ...base, signatures: [...base.signatures, { memberId: 'm3', vote: 'agree' }] })).toMatchObject({
      ok: false,
      reason: 'notMember',
      who: 'm3',
    });
  });
  it('is refused while a present member has not signed', () => {
    expect(checkAdoption({ ...base, signatures: base.signatures.slice(0, 2) })).toMatchObject({
      ok: false,
      reason: 'unsigned',
      who: ['m1'],
    });
  });
  it('a dissent needs its opinion', () => {
    expect(
      checkAdoption({ ...base, signatures: [...base.signatures.slice(0, 2), { memberId: 'm1', vote: 'dissent', opinion: ' ' }] }),
    ).toMatchObject({ ok: false, reason: 'dissentWithoutOpinion', who: 'm1' });
  });
  it('is refused when the dissenters are not outnumbered', () => {
    const sigs = [
      { memberId: 'chair', vote: 'agree' as const },
      { memberId: 'sec', vote: 'dissent' as const, opinion: 'a' },
      { memberId: 'm1', vote: 'dissent' as const, opinion: 'b' },
    ];
    expect(checkAdoption({ ...base, signatures: sigs })).toMatchObject({ ok: false, reason: 'noMajority', agree: 1, dissent: 2 });
  });
});
