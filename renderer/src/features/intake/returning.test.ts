import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { checklistFor } from './checklist';
import { emptyForm } from './form';
import { fillFromLastCase, lastCaseOf, returningDetails } from './returning';
import { registerApplication } from './submit';

const checklist = checklistFor(fixtureEntry, false);
const child = { iin: makeIin('2019-05-06', 'female', 412)!, surname: 'Құрманғалиева', name: 'Аружан', patronymic: '', relation: 'қызы' };

describe('a returning citizen', () => {
  it("offers the details of the applicant's latest case, family included", async () => {
    const db = freshDb();
    const first = filledForm({ address: 'Ақсу а., Абай к., 1', phone: '+7 701 000 00 01' });
    await registerApplication(writeContext(db, '2026-10-01T10:00'), first, fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const moved = filledForm({ address: 'Ақсу а., Жібек жолы к., 7', phone: '+7 701 000 00 02', family: [child] });
    const latest = await registerApplication(writeContext(db, '2026-11-20T11:00'), moved, fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);

    const found = await lastCaseOf(db, first.iin);
    expect(found?.caseId).toBe(latest.caseId);
    const details = returningDetails(found!)!;
    expect(details).toMatchObject({
      surname: first.surname,
      name: first.name,
      address: 'Ақсу а., Жібек жолы к., 7',
      phone: '+7 701 000 00 02',
    });
    expect(details.idDate).toBe(first.idDate);
    expect(details.family).toEqual([child]);

    // The new form keeps its IIN and service and takes the rest.
    const typed = { ...emptyForm(), entryId: 'other/entry', iin: first.iin };
    const filled = fillFromLastCase(typed, details);
    expect(filled).toMatchObject({ entryId: 'other/entry', iin: first.iin, surname: first.surname, family: [child] });
  });

  it('offers nothing for an IIN with no earlier case', async () => {
    const db = freshDb();
    await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    expect(await lastCaseOf(db, makeIin('1970-01-01', 'male', 5)!)).toBeUndefined();
  });
});
