// The statistics drawn with recharts (a chunk of its own, loaded with the
// screen's first chart). A click on a bar or a point opens the list of its cases.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthRow, OfficeRow, StepRow } from '@shared/stats';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';
import type { Drill } from './drill';
import { monthLabel } from './labels';
import type { StatsTable } from './tables';

export interface ChartsProps {
  months: StatsTable<MonthRow>;
  services: StatsTable<{ key: string; ids: string[] }>;
  statuses: StatsTable<{ key: string; ids: string[] }>;
  offices: StatsTable<OfficeRow>;
  steps: StatsTable<StepRow>;
  drill: Drill;
}

const COLORS = { registered: '#2f6690', onTime: '#3a7d44', late: '#d4a017', overdue: '#b23a48', term: '#9aa5b1', count: '#2f6690' };
const HEIGHT = 260;
const short = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Datum {
  name: string;
  /** The row of the chart's table this point stands for. */
  row: string;
  [series: string]: unknown;
}

function datum(name: string, row: string, lists: Record<string, string[]>, extra: Record<string, number | null> = {}): Datum {
  const counts = Object.fromEntries(Object.entries(lists).map(([k, ids]) => [k, ids.length]));
  return { name, row, ...counts, ...extra };
}

function Section({ title, testId, children }: { title: TextKey; testId: string; children: React.ReactElement }) {
  const { t } = useLanguage();
  return (
    <figure className="chart" data-testid={`chart-${testId}`}>
      <figcaption>{t(title)}</figcaption>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export default function Charts({ months, services, statuses, offices, steps, drill }: ChartsProps) {
  const { t } = useLanguage();
  /** A bar series whose click opens the cases of `column` in the chart's `table`. */
  const bar = (table: string, column: number, series: string, label: TextKey, color: string, stack?: string) => (
    <Bar
      key={series}
      dataKey={series}
      name={t(label)}
      fill={color}
      stackId={stack}
      cursor="pointer"
      isAnimationActive={false}
      onClick={(item) => drill({ table, row: (item.payload as Datum).row, column })}
    />
  );
  const monthData = months.rows.map((r) =>
    datum(
      monthLabel(r.month),
      r.month,
      { registered: r.registered, onTime: r.onTime, late: r.late, overdue: r.overdue },
      {
        share: r.onTime.length + r.late.length === 0 ? null : Math.round((100 * r.onTime.length) / (r.onTime.length + r.late.length)),
      },
    ),
  );
  const serviceData = services.rows.map((r) => datum(short(services.label(r)), r.key, { count: r.ids }));
  const statusData = statuses.rows.map((r) => datum(statuses.label(r), r.key, { count: r.ids }));
  const officeData = offices.rows.map((r) => datum(short(offices.label(r), 24), r.office, { late: r.late, overdue: r.overdue }));
  const stepData = steps.rows
    .filter((r) => r.done.length > 0 || r.overdue.length > 0)
    .sort((a, b) => b.late.length + b.overdue.length - (a.late.length + a.overdue.length))
    .slice(0, 12)
    .map((r) => datum(short(steps.label(r), 28), r.key, { average: r.done }, { average: r.averageDays ?? 0, term: r.termDays ?? 0 }));
  return (
    <div className="charts">
      <Section title="reports.chartByMonth" testId="months">
        <BarChart data={monthData}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {bar('months', 1, 'registered', 'reports.seriesRegistered', COLORS.registered)}
          {bar('months', 2, 'onTime', 'reports.seriesOnTime', COLORS.onTime)}
          {bar('months', 3, 'late', 'reports.seriesLate', COLORS.late)}
          {bar('months', 4, 'overdue', 'reports.seriesOverdue', COLORS.overdue)}
        </BarChart>
      </Section>
      <Section title="reports.onTimeShare" testId="trend">
        <LineChart
          data={monthData}
          onClick={(state) => {
            const d = monthData[Number(state.activeTooltipIndex)];
            if (d) drill({ table: 'months', row: d.row, column: 2 });
          }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip />
          <Line dataKey="share" name={t('reports.onTimeShare')} stroke={COLORS.onTime} isAnimationActive={false} connectNulls />
        </LineChart>
      </Section>
      <Section title="reports.chartByService" testId="services">
        <BarChart data={serviceData} layout="vertical" margin={{ left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={260} />
          <Tooltip />
          {bar('services', 1, 'count', 'reports.seriesCases', COLORS.count)}
        </BarChart>
      </Section>
      <Section title="reports.chartByStatus" testId="statuses">
        <BarChart data={statusData}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {bar('statuses', 1, 'count', 'reports.seriesCases', COLORS.count)}
        </BarChart>
      </Section>
      <Section title="reports.chartOffices" testId="offices">
        <BarChart data={officeData}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {bar('offices', 2, 'late', 'reports.seriesLate', COLORS.late, 'o')}
          {bar('offices', 3, 'overdue', 'reports.seriesOverdue', COLORS.overdue, 'o')}
        </BarChart>
      </Section>
      <Section title="reports.chartSteps" testId="steps">
        <BarChart data={stepData} layout="vertical" margin={{ left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" />
          <YAxis type="category" dataKey="name" width={220} />
          <Tooltip />
          <Legend />
          {bar('steps', 4, 'average', 'reports.seriesAverage', COLORS.registered)}
          <Bar dataKey="term" name={t('reports.seriesTerm')} fill={COLORS.term} isAnimationActive={false} />
        </BarChart>
      </Section>
    </div>
  );
}
