// The statistics as tables: what the screen lists under each chart and what
// its XLSX/CSV export writes. A column with `ids` is a count whose cell opens
// the list of its cases.
import type { CaseStatus } from '@shared/case';
import type { ExportColumn } from '@shared/export';
import { STATUS_NAMES } from '@shared/i18n/domain';
import type { Language } from '@shared/i18n/translate';
import type { Bar, MonthRow, OfficeRow, Statistics, StepRow } from '@shared/stats';
import { bilingual, type TextKey } from '@renderer/texts';
import { type Labels, monthLabel } from './labels';

export interface StatsColumn<R> extends ExportColumn<R> {
  ids?(row: R): string[];
}

export interface StatsTable<R> {
  id: 'months' | 'services' | 'statuses' | 'offices' | 'steps';
  title: TextKey;
  rows: R[];
  columns: StatsColumn<R>[];
  key(row: R): string;
  /** The row's name in a drill-down title. */
  label(row: R): string;
}

const count = <R>(head: TextKey, ids: (row: R) => string[]): StatsColumn<R> => ({
  head: bilingual(head),
  type: 'number',
  value: (row) => ids(row).length,
  ids,
});

const share = (onTime: number, late: number) => (onTime + late === 0 ? null : onTime / (onTime + late));
const rounded = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function statsTables(stats: Statistics, labels: Labels, lang: Language) {
  const months: StatsTable<MonthRow> = {
    id: 'months',
    title: 'reports.chartByMonth',
    rows: stats.byMonth,
    key: (r) => r.month,
    label: (r) => monthLabel(r.month),
    columns: [
      { head: bilingual('reports.colMonth'), value: (r) => monthLabel(r.month) },
      count('reports.seriesRegistered', (r) => r.registered),
      count('reports.seriesOnTime', (r) => r.onTime),
      count('reports.seriesLate', (r) => r.late),
      count('reports.seriesOverdue', (r) => r.overdue),
      { head: bilingual('reports.onTimeShare'), type: 'percent', value: (r) => share(r.onTime.length, r.late.length) },
    ],
  };
  const services: StatsTable<Bar> = {
    id: 'services',
    title: 'reports.chartByService',
    rows: stats.byService,
    key: (r) => r.key,
    label: (r) => labels.service(r.key),
    columns: [{ head: bilingual('common.service'), value: (r) => labels.service(r.key) }, count('reports.colCount', (r) => r.ids)],
  };
  const statuses: StatsTable<Bar> = {
    id: 'statuses',
    title: 'reports.chartByStatus',
    rows: stats.byStatus,
    key: (r) => r.key,
    label: (r) => STATUS_NAMES[r.key as CaseStatus][lang],
    columns: [
      { head: bilingual('common.status'), value: (r) => STATUS_NAMES[r.key as CaseStatus][lang] },
      count('reports.colCount', (r) => r.ids),
    ],
  };
  const offices: StatsTable<OfficeRow> = {
    id: 'offices',
    title: 'reports.chartOffices',
    rows: stats.byOffice,
    key: (r) => r.office,
    label: (r) => labels.office(r.office),
    columns: [
      { head: bilingual('reports.office'), value: (r) => labels.office(r.office) },
      count('reports.seriesCases', (r) => r.cases),
      count('reports.seriesLate', (r) => r.late),
      count('reports.seriesOverdue', (r) => r.overdue),
    ],
  };
  const steps: StatsTable<StepRow> = {
    id: 'steps',
    title: 'reports.chartSteps',
    rows: stats.steps,
    key: (r) => r.key,
    label: (r) => labels.step(r.entryId, r.stepId, r.milestone),
    columns: [
      { head: bilingual('common.service'), value: (r) => labels.service(r.entryId) },
      { head: bilingual('reports.colStep'), value: (r) => labels.step(r.entryId, r.stepId, r.milestone) },
      { head: bilingual('reports.seriesTerm'), type: 'number', value: (r) => r.termDays },
      { head: bilingual('reports.seriesAverage'), type: 'number', value: (r) => rounded(r.averageDays) },
      count('reports.colDone', (r) => r.done),
      count('reports.seriesLate', (r) => r.late),
      count('reports.seriesOverdue', (r) => r.overdue),
    ],
  };
  return { months, services, statuses, offices, steps };
}
