// Sent cases go on the agenda of the session of the chosen date (issue 14).
import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { akimContext, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { lastPlace, putOnAgenda } from './agenda-commands';
import { createCommission, sendToCommission } from './commands';

const MEMBERS = [
  { fullName: 'Жұмабеков Серік', position: 'Әкім орынбасары', role: 'chair' as const, from: '2026-01-15' },
  { fullName: 'Ғалымжанова Әсел', position: 'Бас маман', role: 'secretary' as const, from: '2026-01-15' },
];

describe('sending to the commission puts the cases on an agenda', () => {
  it('opens a session for a new date, then adds later cases to the same date once each', async () => {
    const db = freshDb();
    const commission = await createCommission(await akimContext(db), {
      officeCode: '0512',
      decision: { number: '17', date: '2026-01-15' },
      members: MEMBERS,
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const state = await registerApplication(
        writeContext(db),
        filledForm(),
        fixtureEntry,
        checklistFor(fixtureEntry, false),
        DEFAULT_OFFICE_HOURS,
      );
      ids.push(state.caseId);
    }
    await sendToCommission(writeContext(db), ids, commission.id);
    const first = await putOnAgenda(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-11-27',
      place: 'Әкімдік, 2-кабинет',
      caseIds: ids.slice(0, 2),
    });
    expect(first).toMatchObject({ number: 1, date: '2026-11-27', place: 'Әкімдік, 2-кабинет', caseIds: ids.slice(0, 2) });
    const again = await putOnAgenda(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-11-27',
      place: '',
      caseIds: ids.slice(1),
    });
    expect(again.id).toBe(first.id);
    expect(again.caseIds).toEqual(ids);
    expect(again.place).toBe('Әкімдік, 2-кабинет');
    const other = await putOnAgenda(await akimContext(db), {
      commissionId: commission.id,
      date: '2026-12-04',
      place: 'Мәдениет үйі',
      caseIds: [ids[0]],
    });
    expect(other).toMatchObject({ number: 2, caseIds: [ids[0]] });
    const sessions = await db.commissionSessions.toArray();
    expect(sessions).toHaveLength(2);
    expect(lastPlace(sessions)).toBe('Мәдениет үйі');
    expect(lastPlace([])).toBe('');
  });
});
