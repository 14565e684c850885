// Lists of cases as tables, one component for every screen: a row stands for a
// case and, where the screen says so, opens it (click or Enter). The app's case
// summaries get the standard columns; other rows of cases (the district inbox,
// the commission's lists, the hand-over register) bring their own columns.
import type { ReactNode } from 'react';
import { MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import type { Milestone } from '@shared/catalog/schema';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { CaseSummary } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { openCase } from './open-case';
import { printedDate, printedMoment } from '@shared/forms/input';
import { useSignedInSettings } from '@renderer/app/session';
import { deviceKindOf } from '@renderer/features/district/device';
import { ownNextStepText } from '@renderer/features/case/step-label';

export interface CaseColumn<Row> {
  /** The heading; an empty one heads a column of checkboxes or links. */
  head: string;
  cell(row: Row): ReactNode;
  className?: string;
  testId?: string;
}

export interface CaseRowsProps<Row> {
  rows: readonly Row[];
  columns: ReadonlyArray<CaseColumn<Row> | false>;
  caseIdOf(row: Row): string;
  /** What a row opens; without it the rows are not clickable (their cells hold the links). */
  open?(row: Row): void;
  overdue?(row: Row): boolean;
  rowTestId?(row: Row): string;
  className?: string;
  testId?: string;
  /** Lists that explain themselves by their heading go without a header row. */
  header?: boolean;
}

export function CaseRows<Row>({
  rows,
  columns,
  caseIdOf,
  open,
  overdue,
  rowTestId,
  className = 'cases',
  testId,
  header = true,
}: CaseRowsProps<Row>) {
  const shown = columns.filter((c): c is CaseColumn<Row> => c !== false);
  return (
    <table className={className} data-testid={testId}>
      {header && (
        <thead>
          <tr>
            {shown.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed; headings may repeat ('').
              <th key={i}>{c.head || null}</th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row) => (
          <tr
            key={caseIdOf(row)}
            tabIndex={open ? 0 : undefined}
            className={overdue?.(row) ? 'overdue' : undefined}
            onClick={open ? () => open(row) : undefined}
            onKeyDown={open ? (e) => e.key === 'Enter' && open(row) : undefined}
            data-testid={rowTestId?.(row)}
          >
            {shown.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed; headings may repeat ('').
              <td key={i} className={c.className} data-testid={c.testId}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The app's case summaries with the standard columns. */
export function CaseTable({ cases, showDue = true, now }: { cases: CaseSummary[]; showDue?: boolean; now?: string }) {
  const { t, lang, pick } = useLanguage();
  const settings = useSignedInSettings();
  const nextStep = (c: CaseSummary) => {
    const own = settings && ownNextStepText(c.status, deviceKindOf(settings));
    if (own) return t(own);
    return c.nextMilestone ? MILESTONE_NAMES[c.nextMilestone as Milestone][lang] : '—';
  };
  const columns: Array<CaseColumn<CaseSummary> | false> = [
    { head: t('common.number'), className: 'mono', cell: (c) => c.number },
    { head: t('common.applicant'), cell: (c) => c.fullName },
    { head: t('common.iin'), className: 'mono', cell: (c) => c.iin },
    {
      head: t('common.service'),
      className: 'service-cell',
      cell: (c) => {
        const entry = findCatalogEntry(c.entryId);
        return entry ? pick(entry.title) : c.entryId;
      },
    },
    { head: t('common.status'), cell: (c) => STATUS_NAMES[c.status][lang] },
    showDue && { head: t('common.nextStep'), cell: nextStep },
    showDue && { head: t('common.due'), className: 'mono', cell: (c) => (c.openDue ? printedMoment(c.openDue) : '—') },
    { head: t('common.resultDate'), className: 'mono', cell: (c) => (c.resultDate ? printedDate(c.resultDate) : '—') },
  ];
  return (
    <CaseRows
      rows={cases}
      columns={columns}
      caseIdOf={(c) => c.id}
      open={(c) => openCase(c.id)}
      overdue={(c) => now !== undefined && c.openDue !== undefined && c.openDue < now}
    />
  );
}
