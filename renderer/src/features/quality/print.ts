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
