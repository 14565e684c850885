// The Almaty directory's names in Russian: derived for every row of the reference tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planAlmatyImport } from './almaty-import';

const REFERENCE = new URL('../../reference/', import.meta.url);
const plan = planAlmatyImport(
  readFileSync(new URL('almaty-district-departments.csv', REFERENCE), 'utf8'),
  readFileSync(new URL('almaty-village-akimats.csv', REFERENCE), 'utf8'),
);
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const KAZAKH_WORDS = /селолық|ауылдық|кенттік|қалалық|әкім|аппараты\b|ауданы|бөлімі/u;

describe('Almaty import in Russian', () => {
  it('gives every district department and office a Russian name with no Kazakh letters or words', () => {
    expect(plan.offices).toHaveLength(254);
    for (const unit of [...plan.districts, ...plan.offices]) {
      expect(unit.nameRu, unit.name).not.toMatch(KAZAKH_ONLY);
      expect(unit.nameRu, unit.name).not.toMatch(KAZAKH_WORDS);
      expect(unit.nameRu).not.toBe(unit.name);
    }
  });

  it('names the first district and its first offices as their Russian names read', () => {
    expect(plan.districts[0]).toMatchObject({ code: 'D01', nameRu: 'Отдел занятости и социальных программ Аксуского района' });
    expect(plan.offices.find((o) => o.code === '0101')?.nameRu).toBe('Аппарат акима поселкового округа Жансугиров');
    expect(plan.offices.find((o) => o.code === '0102')?.nameRu).toBe('Аппарат акима сельского округа Аксу');
  });
});
