import { describe, expect, it } from 'vitest';
import { findEntry } from '@shared/catalog';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { makeIin } from '@shared/iin/iin';
import { CatalogEntry } from '@shared/catalog/schema';
import { checklistFor, missingDocuments } from './checklist';
import { validateIntake } from './validate';
import { filledForm } from '@renderer/testing/db-fixture';

const childBenefit = findEntry('kzo-590-2014/child-benefit-under-18')!;
const TODAY = '2026-11-23';

describe('document checklist', () => {
  it("uses the service's own list; the power of attorney is needed only when a representative applies", () => {
    const alone = checklistFor(childBenefit, false);
    expect(alone.map((i) => [i.id, i.required])).toEqual([
      ['application', true],
      ['power-of-attorney', false],
    ]);
    expect(checklistFor(childBenefit, true).find((i) => i.id === 'power-of-attorney')!.required).toBe(true);
  });

  it('falls back to application + identity document (+ power of attorney) where the entry lists none', () => {
    const bare = CatalogEntry.parse({ ...fixtureEntry, requiredDocuments: [] });
    expect(checklistFor(bare, false).map((i) => i.title.kk)).toEqual(['Өтініш', 'Жеке басын куәландыратын құжат']);
    expect(checklistFor(bare, true).map((i) => i.id)).toEqual(['application', 'identity-document', 'power-of-attorney']);
  });

  it('counts a document as presented when its original was seen or a copy taken', () => {
    const items = checklistFor(childBenefit, true);
    const form = filledForm({ represented: true, documents: { application: { original: false, copy: true } } });
    expect(missingDocuments(items, form).map((i) => i.id)).toEqual(['power-of-attorney']);
  });
});

describe('application form checks', () => {
  it('accepts a fully filled form', () => {
    expect(validateIntake(filledForm(), childBenefit, 'register', TODAY)).toEqual({});
  });

  it('names each empty required field and the IIN failure reason', () => {
    const problems = validateIntake(filledForm({ surname: ' ', address: '', iin: '900412403159' }), childBenefit, 'register', TODAY);
    expect(problems).toMatchObject({
      surname: { text: 'common.required' },
      address: { text: 'common.required' },
      iin: { iin: 'checkDigit' },
    });
  });

  it('rejects impossible and future dates and a document issued before birth', () => {
    expect(validateIntake(filledForm({ idDate: '2019-02-30' }), childBenefit, 'register', TODAY).idDate).toEqual({
      text: 'intake.dateBad',
    });
    expect(validateIntake(filledForm({ idDate: '2027-01-01' }), childBenefit, 'register', TODAY).idDate).toEqual({
      text: 'intake.dateFuture',
    });
    expect(validateIntake(filledForm({ idDate: '1980-01-01' }), childBenefit, 'register', TODAY).idDate).toEqual({
      text: 'intake.idDateBeforeBirth',
    });
  });

  it('checks the representative and family members when present', () => {
    const form = filledForm({
      represented: true,
      family: [{ iin: '123', surname: 'Өтемісов', name: '', patronymic: '', relation: 'ұлы' }],
    });
    const problems = validateIntake(form, childBenefit, 'register', TODAY);
    expect(Object.keys(problems).sort()).toEqual(
      ['family.0.iin', 'family.0.name', 'poaDate', 'poaNotary', 'poaNumber', 'repFullName', 'repIin'].sort(),
    );
    const good = filledForm({
      family: [{ iin: makeIin('2015-03-01', 'male', 12)!, surname: 'Өтемісов', name: 'Әли', patronymic: '', relation: 'ұлы' }],
    });
    expect(validateIntake(good, childBenefit, 'register', TODAY)).toEqual({});
  });

  it('needs only who was refused for a refusal receipt', () => {
    const form = filledForm({ address: '', phone: '', idNumber: '' });
    expect(validateIntake(form, childBenefit, 'refuse', TODAY)).toEqual({});
    expect(validateIntake(form, undefined, 'refuse', TODAY)).toEqual({ entryId: { text: 'intake.serviceRequired' } });
  });
});
