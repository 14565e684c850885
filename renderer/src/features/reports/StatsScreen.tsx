// Statistics of the cases for the akim (own office) and the district (each
// okrug and all): filters, headline figures, charts and their tables; any bar
// or count opens the list of its cases.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { StatsFilter } from '@shared/stats';
import { useSession } from '@renderer/app/session';
import { localDate, localMoment } from '@renderer/db/clock';
import { useDirectory } from '@renderer/features/district/queries';
import { useLanguage } from '@renderer/i18n/language';
import { DateField } from '@renderer/ui/DateField';
import { type Drill, type DrillTarget, resolveDrill } from './drill';
import { loadCharts, loadedCharts } from './charts-chunk';
import { DrillDown } from './DrillDown';
import { labelsFor } from './labels';
import { useKeptFilter } from './kept-filter';
import { useStatistics } from './queries';
import { useStatsDaysBuild } from './useStatsDaysBuild';
import { StatsTableView } from './StatsTableView';
import { type StatsTable, statsTables } from './tables';
import './reports.css';
import { QualityLink } from '@renderer/features/quality/QualityScreen';

const Charts = lazy(loadCharts);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function StatsScreen() {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  const directory = useDirectory().data;
  const [now] = useState(() => localMoment());
  const today = localDate();
  const [{ from, to, entryId, office }, change] = useKeptFilter(today);
  const [drilled, setDrilled] = useState<DrillTarget>();
  const valid = ISO.test(from) && ISO.test(to) && from <= to;
  const filter: StatsFilter = { from, to, entryId: entryId || undefined, office: office || undefined };
  const read = useStatistics(filter, now, valid).data;
  const labels = useMemo(() => labelsFor(lang, settings, directory), [lang, settings, directory]);
  const tables = useMemo(() => read && statsTables(read.stats, labels, lang), [read, labels, lang]);
  const drillRef = useRef<HTMLDivElement>(null);
  const drill: Drill = (target) => {
    setDrilled(target);
    requestAnimationFrame(() => drillRef.current?.scrollIntoView({ block: 'start' }));
  };

  // Opened before the idle prefetch ran (charts-chunk.ts): the chart code loads while the day records are read.
  useEffect(() => {
    void loadCharts();
  }, []);

  const preparing = read?.preparing ?? false;
  useStatsDaysBuild(preparing);

  const stats = read?.stats;
  const ReadyCharts = loadedCharts();
  const shownDrill =
    drilled && stats && tables && resolveDrill(drilled, stats, tables as unknown as Record<string, StatsTable<unknown>>, lang);
  const timeliness = stats?.timeliness;
  const finished = timeliness ? timeliness.onTime.length + timeliness.late.length : 0;
  const period = `${from} — ${to}`;
  return (
    <div className="screen stats-screen" data-testid="stats-screen">
      <h1>{t('reports.title')}</h1>
      <QualityLink />
      <div className="row no-print">
        <DateField label={t('common.dateFrom')} value={from} onChange={(value) => change({ from: value })} data-testid="stats-from" />
        <DateField
          label={t('common.dateTo')}
          value={to}
          onChange={(value) => change({ to: value })}
          error={valid ? null : t('registers.range')}
          data-testid="stats-to"
        />
        <label className="field">
          {t('common.service')}
          <select value={entryId} onChange={(e) => change({ entryId: e.target.value })} data-testid="stats-service">
            <option value="">{t('reports.allServices')}</option>
            {stats?.services.map((id) => (
              <option key={id} value={id}>
                {labels.service(id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('reports.office')}
          <select value={office} onChange={(e) => change({ office: e.target.value })} data-testid="stats-office">
            <option value="">{t('reports.allOffices')}</option>
            {stats?.offices.map((code) => (
              <option key={code} value={code}>
                {labels.office(code)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {preparing && (
        <p className="msg hint" data-testid="stats-preparing">
          {t('reports.preparing')}
        </p>
      )}
      {valid && stats && timeliness && tables && (
        <>
          <div className="stats-headline">
            <button type="button" className="figure" onClick={() => drill({ headline: 'total' })} data-testid="stats-total">
              {t('common.total', { count: stats.ids.length })}
            </button>
            <button type="button" className="figure" onClick={() => drill({ headline: 'onTime' })} data-testid="stats-share">
              {t('reports.onTimeShare')}:{' '}
              {timeliness.share === null
                ? t('reports.noFinished')
                : t('reports.shareValue', { share: Math.round(timeliness.share * 100), onTime: timeliness.onTime.length, finished })}
            </button>
            <button type="button" className="figure" onClick={() => drill({ headline: 'overdue' })} data-testid="stats-overdue">
              {t('reports.openOverdue')}: {timeliness.overdue.length}
            </button>
            <button type="button" className="figure" onClick={() => drill({ headline: 'inTerm' })}>
              {t('reports.openInTerm')}: {timeliness.inTerm.length}
            </button>
          </div>
          <div ref={drillRef}>{shownDrill && <DrillDown {...shownDrill} now={now} close={() => setDrilled(undefined)} />}</div>
          {stats.ids.length === 0 ? (
            <p className="empty">{t('reports.empty')}</p>
          ) : (
            <>
              {ReadyCharts ? (
                <ReadyCharts {...tables} drill={drill} />
              ) : (
                <Suspense fallback={<p className="msg hint">{t('reports.chartsLoading')}</p>}>
                  <Charts {...tables} drill={drill} />
                </Suspense>
              )}
              <StatsTableView table={tables.months} drill={drill} period={period} />
              <StatsTableView table={tables.services} drill={drill} period={period} />
              <StatsTableView table={tables.statuses} drill={drill} period={period} />
              <StatsTableView table={tables.offices} drill={drill} period={period} />
              <StatsTableView table={tables.steps} drill={drill} period={period} />
            </>
          )}
        </>
      )}
    </div>
  );
}
