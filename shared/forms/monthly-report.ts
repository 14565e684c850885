// The monthly report on the quality and accessibility indicators of seed 002's
// appendix: for an office, a district or one of its okrugs and a period, each
// indicator beside its norm with its value, the counts behind it and whether the
// norm is met. A4 landscape, the same layout helpers as the registers.
import { z } from 'zod';
import { formatShare, type IndicatorRow } from '../quality/compute';
import { checkInput, FormBilingual, printedDate, printedMoment } from './input';
import { FormWriter, mm, pick, type TableColumn } from './layout';
import { PERIOD_REGISTER, periodOf, type PeriodRegisterInput } from './period-register';
import { qualityLabel, qualityLines, type QualityFormTextKey } from './quality-texts';
import type { Language } from '../i18n/translate';

export interface MonthlyReportInput extends PeriodRegisterInput {
  /** Whose indicators: the office itself, the whole district, or one okrug of it. */
  scope: { kk: string; ru: string };
  /** 'YYYY-MM-DDTHH:mm' the report was made. */
  compiledAt: string;
  rows: IndicatorRow[];
}

const Row = z.object({
  code: z.string(),
  title: FormBilingual,
  norm: z.number(),
  direction: z.enum(['atLeast', 'atMost']),
  state: z.enum(['computed', 'noData', 'notRecorded']),
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(0),
  value: z.number().nullable(),
  met: z.boolean().nullable(),
});

const Schema = z.object({ ...PERIOD_REGISTER, scope: FormBilingual, compiledAt: z.string(), rows: z.array(Row).min(1) });

const both = (languages: readonly Language[], key: QualityFormTextKey, params?: Record<string, string>) =>
  qualityLines(languages, key, params).join('\n');

function cells(languages: readonly Language[], row: z.output<typeof Row>): string[] {
  const norm = both(languages, row.direction === 'atLeast' ? 'atLeast' : 'atMost', { norm: formatShare(row.norm) });
  const counted = row.state === 'computed' || row.state === 'noData';
  const value =
    row.state === 'computed' && row.value !== null
      ? formatShare(row.value)
      : both(languages, row.state === 'noData' ? 'noData' : 'notRecorded');
  const verdict = row.met === null ? '—' : both(languages, row.met ? 'met' : 'notMet');
  return [row.code, pick(languages, row.title).join('\n'), norm, value, counted ? `${row.numerator} / ${row.denominator}` : '—', verdict];
}

export async function buildMonthlyReportPdf(input: MonthlyReportInput): Promise<Uint8Array> {
  const checked = checkInput(Schema, input);
  const period = periodOf(checked);
  const { languages, fonts, office, from, to } = period;
  const w = await FormWriter.open(fonts, { title: qualityLabel(languages, 'reportTitle'), pageSize: 'A4Landscape', margin: mm(12) });
  w.officeHeader(languages, office, 10);
  w.title(qualityLines(languages, 'reportTitle'), 12);
  w.text(`${qualityLabel(languages, 'period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.text(`${qualityLabel(languages, 'scope')}: ${pick(languages, checked.scope).join(' / ')}`, { size: 10, align: 'center' });
  w.gap(8);
  const titles: Array<[QualityFormTextKey, number, TableColumn['align']?]> = [
    ['colCode', 4, 'center'],
    ['colIndicator', 44],
    ['colNorm', 10, 'center'],
    ['colValue', 10, 'center'],
    ['colCounts', 12, 'center'],
    ['colVerdict', 12, 'center'],
  ];
  w.table(
    titles.map(([key, weight, align]) => ({ title: qualityLines(languages, key), weight, align })),
    checked.rows.map((row) => cells(languages, row)),
    { size: 7.5, headerSize: 7 },
  );
  w.gap(8);
  for (const key of ['source', 'basis'] as const) for (const line of qualityLines(languages, key)) w.text(line, { size: 8, muted: true });
  w.gap(10);
  w.text(`${qualityLabel(languages, 'compiled')}: ${printedMoment(checked.compiledAt)}`, { size: 9 });
  w.signatureLine({ prefix: qualityLabel(languages, 'signature') });
  w.pageNumbers(languages);
  return w.save();
}
