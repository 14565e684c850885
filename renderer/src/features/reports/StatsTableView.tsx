// One table of the statistics under its chart: counts open their cases, and
// the table exports to XLSX and CSV as it is shown.
import { csvCell } from '@shared/export';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { useLanguage } from '@renderer/i18n/language';
import type { Drill } from './drill';
import type { StatsTable } from './tables';

/** A cell as the screen shows it: what the CSV writes, without its quoting. */
function shown(type: Parameters<typeof csvCell>[0], value: Parameters<typeof csvCell>[1]): string {
  if (typeof value === 'string') return value;
  const text = csvCell(type, value);
  return text === '' ? '—' : text;
}

export function StatsTableView<R>({ table, drill, period }: { table: StatsTable<R>; drill: Drill; period: string }) {
  const { t, lang } = useLanguage();
  const title = t(table.title);
  return (
    <section className="stats-table" data-testid={`table-${table.id}`}>
      <h2>{title}</h2>
      <ExportButtons columns={table.columns} rows={table.rows} name={`${title} ${period}`} testId={`export-${table.id}`} />
      <table className="cases">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.head.kk}>{c.head[lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={table.key(row)}>
              {table.columns.map((c, index) => {
                const ids = c.ids?.(row);
                const text = shown(c.type ?? 'text', c.value(row));
                return (
                  <td key={c.head.kk} className={c.type && c.type !== 'text' ? 'mono num' : undefined}>
                    {ids && ids.length > 0 ? (
                      <button type="button" className="link" onClick={() => drill({ table: table.id, row: table.key(row), column: index })}>
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
