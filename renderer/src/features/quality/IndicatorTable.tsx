// The indicators of the appendix as a table: value beside the norm, the counts
// behind it, and whether the norm is met.
import { formatShare, type IndicatorRow } from '@shared/quality';
import { useLanguage } from '@renderer/i18n/language';

export function IndicatorTable({ rows }: { rows: IndicatorRow[] }) {
  const { t, pick } = useLanguage();
  return (
    <table className="quality-table" data-testid="quality-table">
      <thead>
        <tr>
          <th>{t('quality.colCode')}</th>
          <th>{t('quality.colIndicator')}</th>
          <th>{t('quality.colNorm')}</th>
          <th>{t('quality.colValue')}</th>
          <th>{t('quality.colCounts')}</th>
          <th>{t('quality.colVerdict')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} data-testid={`indicator-${r.code}`} className={r.met === false ? 'not-met' : undefined}>
            <td className="mono">{r.code}</td>
            <td>
              {pick(r.title)}
              <div className="hint">{t('quality.source', { lines: r.lines })}</div>
            </td>
            <td className="mono" data-testid="norm">
              {t(r.direction === 'atLeast' ? 'quality.normAtLeast' : 'quality.normAtMost', { norm: formatShare(r.norm) })}
            </td>
            <td className={r.state === 'computed' ? 'mono' : 'hint'} data-testid="value">
              {r.state === 'computed' && r.value !== null
                ? formatShare(r.value)
                : t(r.state === 'noData' ? 'quality.noData' : 'quality.notRecorded')}
            </td>
            <td className="mono" data-testid="counts">
              {r.state === 'notRecorded' ? '—' : t('quality.counts', { numerator: r.numerator, denominator: r.denominator })}
            </td>
            <td data-testid="verdict">{r.met === null ? '—' : r.met ? t('quality.met') : t('quality.notMet')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
