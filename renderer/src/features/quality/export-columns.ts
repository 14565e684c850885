// The indicators as an export (shared/export): the screen's columns, the value
// and the norm as numbers a spreadsheet can compare, the counts apart.
import type { ExportColumn } from '@shared/export';
import type { Language } from '@shared/i18n/translate';
import type { IndicatorRow } from '@shared/quality';
import { bilingual, translate } from '@renderer/texts';

export function indicatorColumns(lang: Language): ExportColumn<IndicatorRow>[] {
  const verdict = (r: IndicatorRow) => {
    if (r.met !== null) return translate(lang, r.met ? 'quality.met' : 'quality.notMet');
    return translate(lang, r.state === 'noData' ? 'quality.noData' : 'quality.notRecorded');
  };
  return [
    { head: bilingual('quality.colCode'), value: (r) => r.code },
    { head: bilingual('quality.colIndicator'), value: (r) => r.title[lang], width: 70 },
    { head: bilingual('quality.colNorm'), type: 'percent', value: (r) => r.norm / 100 },
    { head: bilingual('quality.colValue'), type: 'percent', value: (r) => (r.value === null ? null : r.value / 100) },
    { head: bilingual('quality.colNumerator'), type: 'number', value: (r) => (r.state === 'notRecorded' ? null : r.numerator) },
    { head: bilingual('quality.colDenominator'), type: 'number', value: (r) => (r.state === 'notRecorded' ? null : r.denominator) },
    { head: bilingual('quality.colVerdict'), value: verdict },
  ];
}
