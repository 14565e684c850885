// The inbox as a table whose headings sort it (a click: by that column; again:
// reversed; aria-sort says which), with a checkbox on each package not yet
// registered, for registering several at once. A row opens its package.
import type { ReactNode } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import './inbox.css';
import type { InboxSort, InboxSortKey } from './inbox-sort';
import type { InboxRow } from './reads';

export interface InboxColumn {
  key: InboxSortKey;
  head: string;
  cell(row: InboxRow): ReactNode;
  className?: string;
  testId?: string;
}

interface Props {
  rows: readonly InboxRow[];
  columns: readonly InboxColumn[];
  sort?: InboxSort;
  onSort(key: InboxSortKey): void;
  open(row: InboxRow): void;
  /** Which rows can be chosen for registration, and which are. */
  selectable(row: InboxRow): boolean;
  selected: ReadonlySet<string>;
  onSelect(caseIds: string[], on: boolean): void;
}

export function InboxTable({ rows, columns, sort, onSort, open, selectable, selected, onSelect }: Props) {
  const { t } = useLanguage();
  const choosable = rows.filter(selectable).map((r) => r.caseId);
  // The checkbox column stands only while some package can be chosen.
  const selecting = choosable.length > 0;
  const allChosen = selecting && choosable.every((id) => selected.has(id));
  return (
    <table className="cases" data-testid="inbox-table">
      <thead>
        <tr>
          {selecting && (
            <th className="select-cell">
              <input
                type="checkbox"
                checked={allChosen}
                onChange={(e) => onSelect(choosable, e.target.checked)}
                aria-label={t('district.selectAll')}
                data-testid="inbox-select-all"
              />
            </th>
          )}
          {columns.map((c) => {
            const sorted = sort?.key === c.key;
            return (
              <th
                key={c.key}
                aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                data-testid={`inbox-head-${c.key}`}
              >
                <button
                  type="button"
                  className="sort-head"
                  onClick={() => onSort(c.key)}
                  title={t('district.sortBy', { column: c.head })}
                  data-testid={`inbox-sort-${c.key}`}
                >
                  {c.head}
                  <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.caseId}
            tabIndex={0}
            className={row.overdue ? 'overdue' : undefined}
            onClick={() => open(row)}
            onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && open(row)}
            data-testid={`inbox-row-${row.number}`}
          >
            {selecting && (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the click only keeps the checkbox from opening the row.
              <td className="select-cell" onClick={(e) => e.stopPropagation()}>
                {selectable(row) && (
                  <input
                    type="checkbox"
                    checked={selected.has(row.caseId)}
                    onChange={(e) => onSelect([row.caseId], e.target.checked)}
                    aria-label={t('district.selectPackage', { number: row.number })}
                    data-testid="inbox-select"
                  />
                )}
              </td>
            )}
            {columns.map((c) => (
              <td key={c.key} className={c.className} data-testid={c.testId}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
