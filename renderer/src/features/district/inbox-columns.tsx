// The columns of the district inbox, each with the key its heading sorts by,
// and the texts the sort compares for the columns shown in the screen's language.
import { MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import { printedMoment } from '@shared/forms/input';
import type { Bilingual } from '@shared/sync/protocol';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { LanguageApi } from '@renderer/i18n/language';
import type { InboxLabels } from './inbox-sort';
import type { InboxColumn } from './InboxTable';

export function inboxLabels({ lang, pick }: LanguageApi, officeNames: Record<string, Bilingual>): InboxLabels {
  return {
    office: (r) => (officeNames[r.office] ? pick(officeNames[r.office]) : r.office),
    service: (r) => {
      const entry = findCatalogEntry(r.entryId);
      return entry ? pick(entry.title) : r.entryId;
    },
    nextStep: (r) => (r.nextMilestone ? MILESTONE_NAMES[r.nextMilestone][lang] : ''),
    status: (r) => STATUS_NAMES[r.status][lang],
  };
}

export function inboxColumns(i18n: LanguageApi, officeNames: Record<string, Bilingual>): InboxColumn[] {
  const { t } = i18n;
  const label = inboxLabels(i18n, officeNames);
  return [
    { key: 'number', head: t('common.number'), className: 'mono', cell: (r) => r.number },
    {
      key: 'office',
      head: t('district.office'),
      testId: 'inbox-office',
      cell: (r) => (
        <>
          {officeNames[r.office] ? i18n.pick(officeNames[r.office]) : ''} <span className="mono">{r.office}</span>
        </>
      ),
    },
    { key: 'service', head: t('common.service'), className: 'service-cell', cell: (r) => label.service?.(r) },
    {
      key: 'applicant',
      head: t('common.applicant'),
      cell: (r) => (
        <>
          {r.applicant} <span className="mono">{r.iin}</span>
          {r.filesMissing > 0 && (
            <div className="msg hint" data-testid="inbox-files-missing">
              {t('district.inboxFilesMissing', { count: r.filesMissing })}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'relayed',
      head: t('district.colRelayed'),
      className: 'mono',
      cell: (r) => (r.relayedAt ? printedMoment(r.relayedAt) : '—'),
    },
    { key: 'nextStep', head: t('common.nextStep'), cell: (r) => label.nextStep?.(r) || '—' },
    {
      key: 'due',
      head: t('common.due'),
      className: 'mono',
      cell: (r) => (
        <>
          {r.due ? printedMoment(r.due) : '—'}
          {r.overdue && <strong className="overdue-mark"> {t('common.overdue')}</strong>}
        </>
      ),
    },
    { key: 'status', head: t('common.status'), cell: (r) => label.status?.(r) },
  ];
}
