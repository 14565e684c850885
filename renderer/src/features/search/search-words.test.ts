import { describe, expect, it } from 'vitest';
import { findEntry } from '@shared/catalog';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { makeIin } from '@shared/iin/iin';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { talonQrContent } from '@shared/forms/talon';
import { searchCases } from './search-queries';
import { caseFromQr, fromRussianLayout, shortCodePrefix } from './typed-codes';

const entry = findEntry('kzo-590-2014/child-benefit-under-18')!;
const checklist = checklistFor(entry, false);
const childIin = makeIin('2015-06-01', 'male', 77)!;
const repIin = makeIin('1970-01-20', 'male', 12)!;

async function office() {
  const db = freshDb();
  const register = (form: Parameters<typeof filledForm>[0]) =>
    registerApplication(writeContext(db), filledForm({ entryId: entry.id, ...form }), entry, checklist, DEFAULT_OFFICE_HOURS);
  const kurman = await register({
    surname: 'Құрманғалиев',
    name: 'Ержан',
    patronymic: 'Серікұлы',
    iin: makeIin('1988-03-04', 'male', 5)!,
    family: [{ iin: childIin, surname: 'Құрманғалиев', name: 'Әлихан', patronymic: 'Ержанұлы', relation: 'ұлы' }],
    represented: true,
    repFullName: 'Жақсылықов Нұрлан',
    repIin,
    poaNumber: '12',
    poaDate: '2026-01-10',
    poaNotary: 'Ахметова',
  });
  const kim = await register({ surname: 'Ким', name: 'Айгүл', patronymic: '', iin: makeIin('1990-01-01', 'female', 8)! });
  const kimova = await register({ surname: 'Кимова', name: 'Ержан', patronymic: '', iin: makeIin('1991-01-01', 'female', 9)! });
  return { db, kurman, kim, kimova };
}

const ids = async (db: Awaited<ReturnType<typeof office>>['db'], typed: string) => (await searchCases(db, typed))!.cases.map((c) => c.id);

describe('search as staff type it', () => {
  it('finds a Kazakh surname typed in Russian spelling, and the other way round', async () => {
    const { db, kurman } = await office();
    expect(await ids(db, 'курман')).toEqual([kurman.caseId]);
    expect(await ids(db, 'КУРМАНГАЛИЕВ')).toEqual([kurman.caseId]);
    expect(await ids(db, 'Құрманғ')).toEqual([kurman.caseId]);
  });

  it('matches surname and first name in any order, and the first name alone', async () => {
    const { db, kurman, kimova } = await office();
    expect(await ids(db, 'курман ержан')).toEqual([kurman.caseId]);
    expect(await ids(db, 'Ержан Құрманғалиев')).toEqual([kurman.caseId]);
    expect((await ids(db, 'ержан')).sort()).toEqual([kurman.caseId, kimova.caseId].sort());
    expect(await ids(db, 'ержан айгүл')).toEqual([]);
  });

  it('puts an exact name first', async () => {
    const { db, kim, kimova } = await office();
    expect(await ids(db, 'ким')).toEqual([kim.caseId, kimova.caseId]);
  });

  it("finds the representative's surname, a child's IIN and the representative's IIN", async () => {
    const { db, kurman } = await office();
    expect(await ids(db, 'жаксылыков')).toEqual([kurman.caseId]);
    expect(await ids(db, childIin)).toEqual([kurman.caseId]);
    expect(await ids(db, repIin.slice(0, 8))).toEqual([kurman.caseId]);
  });

  it('finds a service by a word in either language, whatever its ending', async () => {
    const { db, kurman, kim, kimova } = await office();
    const all = [kurman.caseId, kim.caseId, kimova.caseId].sort();
    expect((await ids(db, 'пособие')).sort()).toEqual(all);
    expect((await ids(db, 'пособ')).sort()).toEqual(all);
    expect((await ids(db, 'жәрдемақы')).sort()).toEqual(all);
    expect(await ids(db, 'пособие курман')).toEqual([kurman.caseId]);
    expect(await ids(db, 'субсидия')).toEqual([]);
  });

  it('finds by the beginning of a short code', async () => {
    const { db, kim } = await office();
    const code = (await db.cases.get(kim.caseId))!.shortCode;
    await db.cases.update(kim.caseId, { shortCode: 'R71B-9QXD' });
    expect(await ids(db, 'R71B')).toEqual([kim.caseId]);
    expect(await ids(db, 'r71b9')).toEqual([kim.caseId]);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });
});

describe("the talon's QR typed by a scanner", () => {
  it('opens the case from the status page URL and from the offline form', async () => {
    const { db, kim } = await office();
    const code = (await db.cases.get(kim.caseId))!.shortCode;
    const printed = [talonQrContent(kim.caseId, 'https://sync.example.kz'), talonQrContent(kim.caseId)];
    expect(printed[0]).toBe(`https://sync.example.kz/s/${code}`);
    for (const typed of [...printed, ` ${printed[0].toUpperCase()}\n`]) {
      const found = (await searchCases(db, typed))!;
      expect(found.open).toBe(kim.caseId);
      expect(found.cases.map((c) => c.id)).toEqual([kim.caseId]);
    }
  });

  it('reads a QR typed under the Russian keyboard layout', () => {
    expect(fromRussianLayout('реезыЖ..ынтсюучфьздуюля.ы.Л7Ь2-9ЙЧВ')).toBe('https://sync.example.kz/s/K7M2-9QXD');
    expect(caseFromQr('реезыЖ..ынтсюучфьздуюля.ы.Л7Ь2-9ЙЧВ')).toEqual({ shortCode: 'K7M2-9QXD' });
    expect(caseFromQr('https://sync.example.kz/s/k7m29qxd')).toEqual({ shortCode: 'K7M2-9QXD' });
    expect(caseFromQr('Құрманғалиев')).toBeNull();
  });

  it('does not open anything for an unknown code', async () => {
    const { db } = await office();
    const found = (await searchCases(db, 'https://sync.example.kz/s/ZZZZ-ZZZZ'))!;
    expect(found.open).toBeUndefined();
    expect(found.cases).toEqual([]);
  });

  it('reads the beginning of a short code in its printed form', () => {
    expect(shortCodePrefix('r71b')).toBe('R71B');
    expect(shortCodePrefix('r71b9q')).toBe('R71B-9Q');
    expect(shortCodePrefix('r7')).toBeNull();
  });
});
