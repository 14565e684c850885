import { describe, expect, it } from 'vitest';
import { makeIin } from '@shared/iin/iin';
import { checkActForm, type ActCheckContext, type ActForm } from './act-form';

const MOTHER = makeIin('1990-04-12', 'female', 315)!;
const MONTHS = ['2026-08', '2026-09', '2026-10'];
const ctx: ActCheckContext = {
  commissionId: 'c1',
  members: [{ id: 'm1', fullName: 'Жұмабеков Серік' }],
  caseFamily: [{ iin: MOTHER }],
  months: MONTHS,
  superseding: false,
};
const form = (over: Partial<ActForm> = {}): ActForm => ({
  date: '2026-11-20',
  visitedBy: ['m1'],
  address: ' Ақсу, Абай к. 5 ',
  family: [{ iin: ` ${MOTHER}`, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
  familyChangeReason: '',
  housingType: 'house',
  ownership: 'own',
  rooms: ' 3 ',
  area: '',
  condition: 'satisfactory',
  utilities: [],
  landPlot: '',
  livestock: '',
  vehicles: '',
  otherProperty: '',
  incomes: [{ memberIin: MOTHER, category: 'wages', amounts: { '2026-08': '90 000', '2026-09': '', '2026-10': '0', '2026-11': 'x' } }],
  notes: '',
  supersedeReason: '',
  ...over,
});

/** Each problem as its text key. */
const keys = (problems: ReturnType<typeof checkActForm>['problems']) =>
  Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, 'text' in p ? p.text : p.iin]));

describe('the act form check', () => {
  it('turns a clean form into the act: trimmed, amounts of the period only, nothing for blank or zero months', () => {
    const checked = checkActForm(form({ area: '54,5' }), ctx);
    expect(checked.problems).toEqual({});
    expect(checked.fields).toMatchObject({
      commissionId: 'c1',
      visitedBy: [{ id: 'm1', fullName: 'Жұмабеков Серік' }],
      address: 'Ақсу, Абай к. 5',
      family: [{ iin: MOTHER, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
      familyChangeReason: undefined,
      housing: { type: 'house', ownership: 'own', rooms: 3, area: 54.5, condition: 'satisfactory', utilities: [] },
      months: MONTHS,
      incomes: [{ memberIin: MOTHER, category: 'wages', month: '2026-08', amount: 90000 }],
    });
    expect(checked.fields?.housing).not.toHaveProperty('area', undefined);
    expect(checkActForm(form(), ctx).fields?.housing).not.toHaveProperty('area');
  });

  it('names every problem by its field at once', () => {
    const checked = checkActForm(
      form({
        date: '2026-13-01',
        visitedBy: [],
        address: ' ',
        family: [
          { iin: MOTHER, fullName: ' ', relation: 'ана' },
          { iin: MOTHER, fullName: 'Б', relation: '' },
          { iin: '123', fullName: 'В', relation: 'ұлы' },
        ],
        rooms: 'үш',
        area: '1,234',
        incomes: [{ memberIin: 'someone', category: 'wages', amounts: { '2026-09': '12 тыс' } }],
        supersedeReason: ' ',
      }),
      { ...ctx, superseding: true },
    );
    expect(checked.fields).toBeUndefined();
    expect(keys(checked.problems)).toEqual({
      date: 'commission.badDate',
      visitedBy: 'commission.visitedNone',
      address: 'common.required',
      'family.0.fullName': 'common.required',
      'family.1.iin': 'commission.duplicateIin',
      'family.1.relation': 'common.required',
      'family.2.iin': 'commission.badIin',
      familyChangeReason: 'commission.familyReasonRequired',
      rooms: 'commission.badNumber',
      area: 'commission.badAmount',
      'incomes.0.member': 'common.required',
      'incomes.0.2026-09': 'commission.badAmount',
      supersedeReason: 'common.required',
    });
  });

  it('asks for the family and accepts a changed family with its reason', () => {
    expect(keys(checkActForm(form({ family: [], incomes: [] }), ctx).problems)).toEqual({
      family: 'common.required',
      familyChangeReason: 'commission.familyReasonRequired',
    });
    const son = makeIin('2015-03-02', 'male', 101)!;
    const grown = form({
      family: [...form().family, { iin: son, fullName: 'Өтемісов Ерлан', relation: 'ұлы' }],
      familyChangeReason: ' Ұлы оралды ',
    });
    expect(checkActForm(grown, ctx).fields?.familyChangeReason).toBe('Ұлы оралды');
  });
});
