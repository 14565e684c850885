// The quality and accessibility indicators for a month: on an akimat PC its own
// office; on a district PC all its okrugs together or one of them. Live: a
// hand-over or a pulled case changes the figures on screen.
import { useState } from 'react';
import type { Bilingual } from '@shared/forms/input';
import { monthName, monthsBack } from '@shared/i18n/months';
import { computeIndicators, officesIn } from '@shared/quality';
import { useSession } from '@renderer/app/session';
import { localDate } from '@renderer/db/clock';
import { deviceKindOf } from '@renderer/features/district/device';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { indicatorColumns } from './export-columns';
import { IndicatorTable } from './IndicatorTable';
import { monthPeriod } from './period';
import { ALL, scopedInput } from './scope';
import { buildMonthlyReport } from './print';
import { useQualityData } from './queries';
import { useStatsDaysBuild } from '@renderer/features/reports/useStatsDaysBuild';
import './quality.css';

/** Five years of monthly reports to choose from. */
const MONTHS_SHOWN = 60;

export function QualityScreen() {
  const { t, pick, lang } = useLanguage();
  const { settings } = useSession();
  const district = deviceKindOf(settings) === 'district';
  const thisMonth = localDate().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [scope, setScope] = useState(ALL);
  const period = monthPeriod(month);
  const live = useQualityData(settings, period?.to ?? '', period !== undefined);
  const data = period ? live.data : undefined;

  useStatsDaysBuild(data?.preparing ?? false);

  const offices = data ? officesIn(data.input) : [];
  const nameOf = (code: string): Bilingual => data?.offices[code] ?? { kk: code, ru: code };
  const rows = data && period ? computeIndicators(scopedInput(data.input, district, settings.officeCode, scope), period) : undefined;
  const scopeName: Bilingual = !district
    ? { kk: settings.nameKk, ru: settings.nameRu }
    : scope === ALL
      ? { kk: `${settings.nameKk}: ${t('quality.scopeAll')}`, ru: `${settings.nameRu}: ${t('quality.scopeAll')}` }
      : nameOf(scope);

  return (
    <div className="screen" data-testid="quality-screen">
      <h1>{t('quality.title')}</h1>
      <div className="row">
        <label className="field">
          <span>{t('quality.month')}</span>
          <select value={month} onChange={(e) => setMonth(e.target.value)} data-testid="quality-month">
            {monthsBack(thisMonth, MONTHS_SHOWN).map((m) => (
              <option key={m} value={m}>
                {monthName(m, lang)}
              </option>
            ))}
          </select>
        </label>
        {district && (
          <label className="field">
            <span>{t('quality.scope')}</span>
            <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="quality-scope">
              <option value={ALL}>{t('quality.scopeAll')}</option>
              {offices.map((code) => (
                <option key={code} value={code}>
                  {pick(nameOf(code))}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {data?.preparing && (
        <p className="msg hint" data-testid="quality-preparing">
          {t('quality.preparing')}
        </p>
      )}
      {rows && period && (
        <>
          <PrintButtons
            form="monthlyReport"
            testId="quality-print"
            printLabel={t('quality.printReport')}
            title={t('quality.reportTitle', { month })}
            fileName={`monthly-report-${month}.pdf`}
            build={() => buildMonthlyReport(settings, scopeName, period, rows)}
          />
          <ExportButtons
            columns={indicatorColumns(lang)}
            rows={rows}
            name={`${t('quality.nav')} ${month} ${pick(scopeName)}`}
            testId="quality-export"
          />
          <IndicatorTable rows={rows} />
          <section className="quality-notes" data-testid="quality-notes">
            <h2>{t('quality.notes')}</h2>
            <ul>
              {(['note11', 'note12', 'note22', 'note32', 'note33', 'note4', 'noteSurvey'] as const).map((k) => (
                <li key={k}>{t(`quality.${k}`)}</li>
              ))}
              {district && <li>{t('quality.noteDistrict')}</li>}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

/**
 * On an akimat PC the header has no room for another link at 1024 px (e2e/header.spec.ts),
 * so the indicators open from the statistics screen; a district PC's header lists them.
 */
export function QualityLink() {
  const { t } = useLanguage();
  return (
    <p>
      <a href="#/quality" data-testid="open-quality">
        {t('quality.title')} →
      </a>
    </p>
  );
}

export function QualityNavLink({ current }: { current: string }) {
  const { t } = useLanguage();
  return (
    <a href="#/quality" className={current === 'quality' ? 'active' : undefined} data-testid="nav-quality">
      {t('quality.nav')}
    </a>
  );
}
