import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { searchKey } from '@renderer/db/normalise';
import { classifyQuery, openDuplicates, searchCases } from './search-queries';
import { todayLists } from '@renderer/features/today/today-queries';

const checklist = checklistFor(fixtureEntry, false);

describe('surname search key', () => {
  it.each([
    ['Әлиева', 'әлиева'],
    ['Өтемісова', 'өтемісова'],
    ['ІСМАЙЫЛ', 'ісмайыл'],
    ['Үмбетова', 'үмбетова'],
    ['Ұлықбекова', 'ұлықбекова'],
    ['Қасымов', 'қасымов'],
    ['Ғалымжанов', 'ғалымжанов'],
    ['ҢҢ', 'ңң'],
    ['Һәкімов', 'һәкімов'],
    ['Семёнова', 'семенова'],
  ])('%s → %s', (typed, key) => {
    expect(searchKey(typed)).toBe(key);
  });

  it('treats a Latin "i" typed without the Kazakh layout as "і"', () => {
    expect(searchKey('Өтемiсова')).toBe(searchKey('ӨТЕМІСОВА'));
  });
});

describe('search', () => {
  async function seeded() {
    const db = freshDb();
    const people = [
      { surname: 'Өтемісова', iin: makeIin('1990-04-12', 'female', 315)! },
      { surname: 'Әбілов', iin: makeIin('1985-02-03', 'male', 101)! },
      { surname: 'Иванова', iin: makeIin('1990-07-21', 'female', 222)! },
    ];
    const states = [];
    for (const p of people)
      states.push(await registerApplication(writeContext(db), filledForm(p), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS));
    return { db, people, states };
  }

  it('finds by IIN prefix', async () => {
    const { db } = await seeded();
    const result = await searchCases(db, '9004');
    expect(result!.kind).toBe('iin');
    expect(result!.cases.map((c) => c.surname)).toEqual(['Өтемісова']);
    expect((await searchCases(db, '90'))!.cases).toHaveLength(2);
  });

  it('finds a Kazakh surname typed in lower case, or in capitals, by its beginning', async () => {
    const { db } = await seeded();
    expect((await searchCases(db, 'өтемісова'))!.cases.map((c) => c.surname)).toEqual(['Өтемісова']);
    expect((await searchCases(db, 'ӘБІ'))!.cases.map((c) => c.surname)).toEqual(['Әбілов']);
    expect((await searchCases(db, 'ив'))!.cases.map((c) => c.surname)).toEqual(['Иванова']);
    expect((await searchCases(db, 'Сидоров'))!.cases).toEqual([]);
  });

  it('finds by registration number and by short code typed loosely', async () => {
    const { db, states } = await seeded();
    expect((await searchCases(db, '0512-26a-0002'))!.cases.map((c) => c.id)).toEqual([states[1].caseId]);
    const summary = (await db.cases.get(states[2].caseId))!;
    const typed = summary.shortCode.toLowerCase().replace('-', '');
    const found = (await searchCases(db, typed))!;
    expect(found.kind).toBe('shortCode');
    expect(found.cases.map((c) => c.id)).toEqual([states[2].caseId]);
  });

  it.each([
    ['with digits', 'k7m29qxd', 'K7M2-9QXD'],
    ['all letters, which also reads as a word', 'kmzr-txqa', 'KMZR-TXQA'],
  ])('finds a short code %s', async (_, typed, code) => {
    const { db, states } = await seeded();
    await db.cases.update(states[0].caseId, { shortCode: code });
    const found = (await searchCases(db, typed))!;
    expect(found.kind).toBe('shortCode');
    expect(found.cases[0].id).toBe(states[0].caseId);
    expect(classifyQuery('k7m29qxd')?.kind).toBe('shortCode');
  });

  it('finds a short code whose beginning is all digits, after the cases of an IIN that begins the same', async () => {
    const { db, states } = await seeded();
    await db.cases.update(states[1].caseId, { shortCode: '2944-K7QX' });
    const found = (await searchCases(db, '2944'))!;
    expect(found.kind).toBe('shortCode');
    expect(found.cases.map((c) => c.id)).toEqual([states[1].caseId]);
    await db.cases.update(states[2].caseId, { shortCode: '9004-12AB' });
    expect((await searchCases(db, '9004'))!.cases.map((c) => c.surname)).toEqual(['Өтемісова', 'Иванова']);
    expect((await searchCases(db, '9004'))!.kind).toBe('iin');
  });

  it('flags an open case of the same IIN and service as a duplicate', async () => {
    const { db, people } = await seeded();
    expect(await openDuplicates(db, people[0].iin, 'child-benefit-under-18')).toHaveLength(1);
    expect(await openDuplicates(db, people[0].iin, 'targeted-social-assistance')).toHaveLength(0);
  });
});

describe('today lists', () => {
  it('puts open cases into overdue / due today by their next due moment, most urgent first', async () => {
    const db = freshDb();
    const early = await registerApplication(
      writeContext(db, '2026-11-16T10:00'),
      filledForm(),
      fixtureEntry,
      checklist,
      DEFAULT_OFFICE_HOURS,
    );
    const later = await registerApplication(
      writeContext(db, '2026-11-17T10:00'),
      filledForm(),
      fixtureEntry,
      checklist,
      DEFAULT_OFFICE_HOURS,
    );
    const fresh = await registerApplication(
      writeContext(db, '2026-11-23T10:00'),
      filledForm(),
      fixtureEntry,
      checklist,
      DEFAULT_OFFICE_HOURS,
    );
    // sendToCommission is due 2 working days after registration at 18:00.
    const lists = await todayLists(db, '2026-11-19T12:00');
    expect(lists.overdue.cases.map((c) => c.id)).toEqual([early.caseId]);
    expect(lists.dueToday.cases.map((c) => c.id)).toEqual([later.caseId]);
    const week = await todayLists(db, '2026-11-26T09:00');
    expect(week.overdue.count).toBe(3);
    expect(week.overdue.cases.map((c) => c.id)).toEqual([early.caseId, later.caseId, fresh.caseId]);
    expect(week.dueToday.cases.map((c) => c.id)).toEqual([]);
    expect((await todayLists(db, '2026-11-25T09:00')).dueToday.cases.map((c) => c.id)).toEqual([fresh.caseId]);
  });
});

describe('today counts on a large backlog', () => {
  it('stop at 99 and say so, while the list still shows the most overdue first', async () => {
    const db = freshDb();
    const base = {
      entryId: fixtureEntry.id,
      status: 'registered' as const,
      iin: '900412403158',
      surname: 'Өтемісова',
      surnameKey: 'өтемісова',
      fullName: 'Өтемісова Гүлнәр',
      nameWords: ['отемисова', 'гулнар'],
      namePairs: [],
      serviceWords: [],
      iins: ['900412403158'],
      registeredDate: '2026-01-05',
      registeredAt: '2026-01-05T10:00',
      acceptedBy: 'Сәрсенова Ә.',
      eventCount: 3,
    };
    await db.cases.bulkPut(
      Array.from({ length: 1200 }, (_, i) => ({
        ...base,
        id: `case-${i}`,
        number: `0512-26A-${String(i + 1).padStart(4, '0')}`,
        shortCode: `C${i}`,
        openDue: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}T18:00`,
      })),
    );
    const lists = await todayLists(db, '2026-11-23T10:00');
    expect(lists.overdue).toMatchObject({ count: 99, capped: true });
    expect(lists.overdue.cases[0].openDue).toBe('2026-02-01T18:00');
    expect(lists.dueToday).toMatchObject({ count: 0, capped: false });
  });
});
