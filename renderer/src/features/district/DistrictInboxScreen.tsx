// The district department's inbox: the packages its okrugs relayed, with the
// step the department owes next and its deadline; overdue first. Until the
// PC is enrolled, the enrollment form stands at the top.
import { useState } from 'react';
import { MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import { printedMoment } from '@shared/forms/input';
import type { CaseStatus } from '@shared/case';
import type { Bilingual } from '@shared/sync/protocol';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { openCase } from '@renderer/ui/open-case';
import { DistrictEnrollPanel } from './DistrictEnrollPanel';
import { useDeviceIdentity, useDistrictInbox } from './queries';
import type { InboxFilter, InboxRow } from './reads';

const STATUS_CHOICES: Array<InboxFilter['status']> = [
  'open',
  'all',
  'relayed',
  'atDistrict',
  'decided',
  'returnedForRework',
  'resultReady',
  'handedOver',
];

export function DistrictInboxScreen() {
  const { lang, pick, t } = useLanguage();
  const now = localMoment();
  const [filter, setFilter] = useState<InboxFilter>({ status: 'open' });
  const inbox = useDistrictInbox(now, filter);
  const identity = useDeviceIdentity();
  const data = inbox.data;
  const inboxColumns = (officeNames: Record<string, Bilingual>): CaseColumn<InboxRow>[] => [
    { head: t('common.number'), className: 'mono', cell: (r) => r.number },
    {
      head: t('district.office'),
      testId: 'inbox-office',
      cell: (r) => (
        <>
          {officeNames[r.office] ? pick(officeNames[r.office]) : ''} <span className="mono">{r.office}</span>
        </>
      ),
    },
    {
      head: t('common.service'),
      className: 'service-cell',
      cell: (r) => {
        const entry = findCatalogEntry(r.entryId);
        return entry ? pick(entry.title) : r.entryId;
      },
    },
    {
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
    { head: t('district.colRelayed'), className: 'mono', cell: (r) => (r.relayedAt ? printedMoment(r.relayedAt) : '—') },
    { head: t('common.nextStep'), cell: (r) => (r.nextMilestone ? MILESTONE_NAMES[r.nextMilestone][lang] : '—') },
    {
      head: t('common.due'),
      className: 'mono',
      cell: (r) => (
        <>
          {r.due ? printedMoment(r.due) : '—'}
          {r.overdue && <strong className="overdue-mark"> {t('common.overdue')}</strong>}
        </>
      ),
    },
    { head: t('common.status'), cell: (r) => STATUS_NAMES[r.status][lang] },
  ];

  return (
    <div className="screen" data-testid={data ? 'inbox-ready' : 'inbox-loading'}>
      <h1>{t('district.inboxTitle')}</h1>
      {identity.data === null && <DistrictEnrollPanel />}
      <div className="row filters">
        <label className="field">
          {t('district.office')}
          <select
            value={filter.office ?? ''}
            onChange={(e) => setFilter({ ...filter, office: e.target.value || undefined })}
            data-testid="filter-office"
          >
            <option value="">{t('district.filterAny')}</option>
            {data?.offices.map((o) => (
              <option key={o} value={o}>
                {data.officeNames[o] ? `${pick(data.officeNames[o])} (${o})` : o}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('common.service')}
          <select
            value={filter.entryId ?? ''}
            onChange={(e) => setFilter({ ...filter, entryId: e.target.value || undefined })}
            data-testid="filter-service"
          >
            <option value="">{t('district.filterAny')}</option>
            {data?.entryIds.map((id) => {
              const entry = findCatalogEntry(id);
              return (
                <option key={id} value={id}>
                  {entry ? pick(entry.title) : id}
                </option>
              );
            })}
          </select>
        </label>
        <label className="field">
          {t('common.status')}
          <select
            value={filter.status ?? 'open'}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as InboxFilter['status'] })}
            data-testid="filter-status"
          >
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {s === 'open' ? t('district.filterOpen') : s === 'all' ? t('district.filterAll') : STATUS_NAMES[s as CaseStatus][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={!!filter.overdueOnly}
            onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}
            data-testid="filter-overdue"
          />{' '}
          {t('district.filterOverdue')}
        </label>
      </div>
      {!data && <p>{t('common.loading')}</p>}
      {data && data.rows.length === 0 && <p className="empty">{t('district.inboxEmpty')}</p>}
      {data && data.rows.length > 0 && (
        <CaseRows
          rows={data.rows}
          columns={inboxColumns(data.officeNames)}
          caseIdOf={(r) => r.caseId}
          open={(r) => openCase(r.caseId)}
          overdue={(r) => r.overdue}
          rowTestId={(r) => `inbox-row-${r.number}`}
          testId="inbox-table"
        />
      )}
    </div>
  );
}
