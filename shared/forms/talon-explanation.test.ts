// The talon duplicate's second page explains the result date: the Civil Code
// rule, each step's term, rule and skipped days (read back from the PDF text).
import { describe, expect, it } from 'vitest';
import { findEntry } from '../catalog';
import { explainDueDate } from '../deadlines/explain';
import { DEFAULT_OFFICE_HOURS } from '../deadlines/office-hours';
import { buildTalonPdf } from './index';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { collapseSpaces, pageTexts, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { sampleTalon } from './samples';

describe('talon duplicate explanation', () => {
  it('adds pages after the talon with the rule, the steps and the days off skipped; the talon itself stays one page', async () => {
    const fonts = await loadFormFonts();
    const entry = findEntry('kzo-590-2014/child-benefit-under-18')!;
    const e = explainDueDate(entry, { channel: 'akim', registeredAt: '2026-12-10T10:00', officeHours: DEFAULT_OFFICE_HOURS });
    const input = sampleTalon(fonts);
    const file = writeTempPdf(
      await buildTalonPdf({
        ...input,
        registeredAt: '2026-12-10T10:00',
        resultDate: e.resultDate,
        duplicate: true,
        explanation: { termsRunFrom: e.registeredAt, steps: e.steps, resultDueAt: e.resultDueAt, daysOff: e.daysOff },
      }),
      'talon-explained',
    );
    const pages = pageTexts(file).map(collapseSpaces);
    // The talon keeps its own sheet; the explanation follows on the next page(s) of A5.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).not.toContain('171–173');
    const explanation = pages.slice(1).join(' ');
    expect(pages[1]).toContain('Нәтиже беру күні қалай есептелді');
    expect(explanation).toContain('171–173');
    expect(explanation).toContain('16 желтоқсан — Тәуелсіздік күні');
    expect(explanation).toContain('16 декабря');
    expect(explanation).toContain(e.steps[0].action.kk.slice(0, 20));
    const original = pageTexts(writeTempPdf(await buildTalonPdf(input), 'talon-plain'));
    expect(original).toHaveLength(1);
  });
});
