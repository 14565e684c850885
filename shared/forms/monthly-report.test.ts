import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { inkShare, pageTexts, readPng, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { computeIndicators } from '../quality/compute';
import type { CaseFacts } from '../quality/facts';
import type { FormFonts } from './input';
import { buildMonthlyReportPdf, type MonthlyReportInput } from './monthly-report';

const served = (id: string, readyAt: string, resultDate: string): CaseFacts => ({
  caseId: id,
  office: '0512',
  submittedDate: '2026-11-02',
  refusedAtIntake: false,
  resultDate,
  readyAt,
  servedAt: readyAt,
  reworked: false,
});

let fonts: FormFonts;
let input: MonthlyReportInput;
beforeAll(async () => {
  fonts = await loadFormFonts();
  const rows = computeIndicators(
    {
      cases: [served('a', '2026-11-10T10:00', '2026-11-12'), served('b', '2026-11-20T10:00', '2026-11-12')],
      surveys: [{ office: '0512', serviceId: 'x', date: '2026-11-10', answers: { courtesy: 'yes', process: 'no' } }],
      complaints: [],
    },
    { from: '2026-11-01', to: '2026-11-30' },
  );
  input = {
    fonts,
    office: { name: { kk: 'Ақсу ауылдық округі әкімінің аппараты', ru: 'Аппарат акима Аксуского сельского округа' } },
    scope: { kk: 'Ақсу ауылдық округі', ru: 'Аксуский сельский округ' },
    from: '2026-11-01',
    to: '2026-11-30',
    compiledAt: '2026-12-01T09:30',
    rows,
  };
});

describe('monthly report on the quality indicators', () => {
  it('prints every indicator with its norm, value, counts and verdict, in Kazakh and Russian', async () => {
    const file = writeTempPdf(await buildMonthlyReportPdf(input), 'monthly-report');
    const text = pageTexts(file).join('\n');
    expect(text).toContain('айлық есеп');
    expect(text).toContain('Месячный отчёт');
    expect(text).toContain('01.11.2026 – 30.11.2026');
    // 1.1: one of two ready by its day; 5.1: one yes of one; 2.1: none of one.
    // pdftotext closes up the spaces around the slash.
    expect(text).toMatch(/1\.1[\s\S]*кемінде 98[\s\S]*50[\s\S]*1 ?\/ ?2[\s\S]*сай емес/);
    expect(text).toMatch(/1 ?\/ ?1/);
    expect(text).toMatch(/0 ?\/ ?1/);
    expect(text).toContain('ең көбі 0,4');
    expect(text).toContain('не более 0,4');
    expect(text).toContain('тіркелмейді');
    expect(text).toContain('01.12.2026 09:30');
    for (const png of renderPng(file, 60)) expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('refuses a period that ends before it starts, and a report with no rows', async () => {
    await expect(buildMonthlyReportPdf({ ...input, from: '2026-12-01' })).rejects.toThrow(/to/);
    await expect(buildMonthlyReportPdf({ ...input, rows: [] })).rejects.toThrow(/rows/);
  });
});
