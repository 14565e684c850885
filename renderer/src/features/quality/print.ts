// The monthly report on the quality indicators, printed (pdf-lib and the fonts load on first print).
import type { Bilingual } from '@shared/forms/input';
import type { IndicatorRow, Period } from '@shared/quality';
import { localMoment } from '@renderer/db/clock';
import type { OfficeSettings } from '@renderer/db/schema';

export async function buildMonthlyReport(
  settings: OfficeSettings,
  scope: Bilingual,
  period: Period,
  rows: IndicatorRow[],
): Promise<Uint8Array> {
  const [{ buildMonthlyReportPdf }, { formFonts }] = await Promise.all([
    import('@shared/forms/monthly-report'),
    import('@renderer/print/fonts'),
  ]);
  return buildMonthlyReportPdf({
    fonts: await formFonts(),
    office: { name: { kk: settings.nameKk, ru: settings.nameRu } },
    scope,
    from: period.from,
    to: period.to,
    compiledAt: localMoment(),
    rows,
  });
}

/** The indicator rows as plain cells for a spreadsheet export (shared/export, when it lands). */
export function indicatorExportRows(rows: IndicatorRow[], lang: 'kk' | 'ru'): Array<Array<string | number | null>> {
  return rows.map((r) => [
    r.code,
    r.title[lang],
    r.norm,
    r.value === null ? null : Math.round(r.value * 100) / 100,
    r.numerator,
    r.denominator,
    r.met === null ? null : r.met ? 1 : 0,
  ]);
}
