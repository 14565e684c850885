// The order of the district inbox: overdue first, newest relay first, until a
// column heading is clicked; then by that column (clicked again: reversed).
// Texts a column shows in the screen's language (the service, the step, the
// status) are sorted as shown, so the order matches what the eye reads.
import type { InboxRow } from './reads';

export const INBOX_SORT_KEYS = ['number', 'office', 'service', 'applicant', 'relayed', 'nextStep', 'due', 'status'] as const;
export type InboxSortKey = (typeof INBOX_SORT_KEYS)[number];

export interface InboxSort {
  key: InboxSortKey;
  descending: boolean;
}

/** What a column shows as text, for the columns whose text depends on the language. */
export type InboxLabels = Partial<Record<InboxSortKey, (row: InboxRow) => string>>;

const collator = new Intl.Collator(['kk', 'ru'], { numeric: true, sensitivity: 'base' });

function sortValue(row: InboxRow, key: InboxSortKey, labels: InboxLabels): string {
  const label = labels[key];
  if (label) return label(row);
  switch (key) {
    case 'number':
      return row.number;
    case 'office':
      return row.office;
    case 'service':
      return row.entryId;
    case 'applicant':
      return row.applicant;
    case 'relayed':
      return row.relayedAt ?? '';
    case 'nextStep':
      return row.nextMilestone ?? '';
    case 'due':
      return row.due ?? '';
    case 'status':
      return row.status;
  }
}

/** Overdue first, then the newest relay. */
export function defaultInboxOrder(a: InboxRow, b: InboxRow): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return (b.relayedAt ?? '').localeCompare(a.relayedAt ?? '');
}

/**
 * The rows in the chosen order (a new array). Empty values (no due date, no
 * next step) go last either way; equal values keep the default order.
 */
export function sortInbox(rows: readonly InboxRow[], sort?: InboxSort, labels: InboxLabels = {}): InboxRow[] {
  if (!sort) return [...rows].sort(defaultInboxOrder);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key, labels);
    const y = sortValue(b, sort.key, labels);
    if (!x !== !y) return x ? -1 : 1;
    return sign * collator.compare(x, y) || defaultInboxOrder(a, b);
  });
}

/** The sort after a click on a column's heading: that column ascending, or the same column reversed. */
export function nextInboxSort(current: InboxSort | undefined, key: InboxSortKey): InboxSort {
  return current?.key === key ? { key, descending: !current.descending } : { key, descending: false };
}
