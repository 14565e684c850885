// The district department's inbox: the packages its okrugs relayed, with the
// step the department owes next and its deadline; overdue first until a column
// heading sorts it (the choice lasts the session). Packages not yet registered
// can be chosen and registered together. Until the PC is enrolled, the
// enrollment form stands at the top.
import { useState } from 'react';
import { STATUS_NAMES } from '@shared/i18n/domain';
import type { CaseStatus } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { openCase } from '@renderer/ui/open-case';
import { BulkRegister } from './BulkRegister';
import { DistrictEnrollPanel } from './DistrictEnrollPanel';
import { inboxColumns, inboxLabels } from './inbox-columns';
import { INBOX_SORT_KEYS, type InboxSort, nextInboxSort, sortInbox } from './inbox-sort';
import { InboxTable } from './InboxTable';
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

const SORT_KEY = 'district.inboxSort';

function loadSort(): InboxSort | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(SORT_KEY) ?? 'null') as InboxSort | null;
    return kept && INBOX_SORT_KEYS.includes(kept.key) ? { key: kept.key, descending: !!kept.descending } : undefined;
  } catch {
    return undefined;
  }
}

/** A package relayed and not yet registered here: it can be registered with others. */
const unregistered = (r: InboxRow) => r.status === 'relayed';

export function DistrictInboxScreen() {
  const i18n = useLanguage();
  const { lang, pick, t } = i18n;
  const session = useSession();
  const now = localMoment();
  const [filter, setFilter] = useState<InboxFilter>({ status: 'open' });
  const inbox = useDistrictInbox(now, filter);
  const identity = useDeviceIdentity();
  const data = inbox.data;
  const [sort, setSortState] = useState<InboxSort | undefined>(loadSort);
  const setSort = (next: InboxSort) => {
    setSortState(next);
    sessionStorage.setItem(SORT_KEY, JSON.stringify(next));
  };
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // After a batch the form stays, with its result line, though nothing is left to register.
  const [batchRan, setBatchRan] = useState(false);
  const rows = data ? sortInbox(data.rows, sort, inboxLabels(i18n, data.officeNames)) : [];
  // A chosen package that left the list (registered elsewhere, filtered out) is no longer chosen.
  const chosen = rows.filter((r) => selected.has(r.caseId) && unregistered(r));
  const select = (ids: string[], on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

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
        <label className="check">
          <input
            type="checkbox"
            checked={!!filter.executorId}
            onChange={(e) => setFilter({ ...filter, executorId: e.target.checked ? session.user.id : undefined })}
            data-testid="filter-mine"
          />{' '}
          {t('district.filterMine')}
        </label>
      </div>
      {!data && <p>{t('common.loading')}</p>}
      {data && data.rows.length === 0 && <p className="empty">{t('district.inboxEmpty')}</p>}
      {data && data.rows.length > 0 && (
        <>
          <InboxTable
            rows={rows}
            columns={inboxColumns(i18n, data.officeNames)}
            sort={sort}
            onSort={(key) => setSort(nextInboxSort(sort, key))}
            open={(r) => openCase(r.caseId)}
            selectable={unregistered}
            selected={selected}
            onSelect={select}
          />
          {(batchRan || rows.some(unregistered)) && (
            <BulkRegister
              chosen={chosen}
              done={(ids) => {
                setBatchRan(true);
                select(ids, false);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
