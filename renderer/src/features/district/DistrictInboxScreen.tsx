// The district department's inbox: the packages its okrugs relayed, with the
// step the department owes next and its deadline; overdue first. Until the
// PC is enrolled, the enrollment form stands at the top.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import { printedMoment } from '@shared/forms/input';
import type { CaseStatus } from '@shared/case';
import { db } from '@renderer/db/database';
import { navigate } from '@renderer/app/router';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { districtInbox, type InboxFilter } from './queries';
import { useDistrictText } from './texts';
import { useLanguage } from '@renderer/i18n/language';
import { enrollDevice } from '@renderer/features/sync/enrollment';
import { loadIdentity } from '@renderer/features/sync/state';
import { syncLoop } from '@renderer/features/sync/useSync';
import { Field } from '@renderer/ui/Field';

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
  const { lang, pick } = useLanguage();
  const d = useDistrictText();
  const now = localMoment();
  const [filter, setFilter] = useState<InboxFilter>({ status: 'open' });
  const inbox = useQuery({ queryKey: ['cases', 'district-inbox', now, filter], queryFn: () => districtInbox(db, now, filter) });
  const identity = useQuery({ queryKey: ['cases', 'district-identity'], queryFn: async () => (await loadIdentity(db)) ?? null });
  const data = inbox.data;

  return (
    <div className="screen" data-testid={data ? 'inbox-ready' : 'inbox-loading'}>
      <h1>{d('inboxTitle')}</h1>
      {identity.data === null && <DistrictEnrollPanel />}
      <div className="row filters">
        <label className="field">
          {d('filterOffice')}
          <select
            value={filter.office ?? ''}
            onChange={(e) => setFilter({ ...filter, office: e.target.value || undefined })}
            data-testid="filter-office"
          >
            <option value="">{d('filterAny')}</option>
            {data?.offices.map((o) => (
              <option key={o} value={o}>
                {data.officeNames[o] ? `${pick(data.officeNames[o])} (${o})` : o}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {d('filterService')}
          <select
            value={filter.entryId ?? ''}
            onChange={(e) => setFilter({ ...filter, entryId: e.target.value || undefined })}
            data-testid="filter-service"
          >
            <option value="">{d('filterAny')}</option>
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
          {d('filterStatus')}
          <select
            value={filter.status ?? 'open'}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as InboxFilter['status'] })}
            data-testid="filter-status"
          >
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {s === 'open' ? d('filterOpen') : s === 'all' ? d('filterAll') : STATUS_NAMES[s as CaseStatus][lang]}
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
          {d('filterOverdue')}
        </label>
      </div>
      {!data && <p>{d('loading')}</p>}
      {data && data.rows.length === 0 && <p className="empty">{d('inboxEmpty')}</p>}
      {data && data.rows.length > 0 && (
        <table className="cases" data-testid="inbox-table">
          <thead>
            <tr>
              <th>{d('colNumber')}</th>
              <th>{d('colOffice')}</th>
              <th>{d('colService')}</th>
              <th>{d('colApplicant')}</th>
              <th>{d('colRelayed')}</th>
              <th>{d('colNextStep')}</th>
              <th>{d('colDeadline')}</th>
              <th>{d('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => {
              const entry = findCatalogEntry(r.entryId);
              const open = () => navigate({ screen: 'case', caseId: r.caseId });
              return (
                <tr
                  key={r.caseId}
                  tabIndex={0}
                  className={r.overdue ? 'overdue' : undefined}
                  onClick={open}
                  onKeyDown={(e) => e.key === 'Enter' && open()}
                  data-testid={`inbox-row-${r.number}`}
                >
                  <td className="mono">{r.number}</td>
                  <td data-testid="inbox-office">
                    {data.officeNames[r.office] ? pick(data.officeNames[r.office]) : ''} <span className="mono">{r.office}</span>
                  </td>
                  <td className="service-cell">{entry ? pick(entry.title) : r.entryId}</td>
                  <td>
                    {r.applicant} <span className="mono">{r.iin}</span>
                    {r.filesMissing > 0 && (
                      <div className="msg hint" data-testid="inbox-files-missing">
                        {d('inboxFilesMissing', { count: r.filesMissing })}
                      </div>
                    )}
                  </td>
                  <td className="mono">{r.relayedAt ? printedMoment(r.relayedAt) : '—'}</td>
                  <td>{r.nextMilestone ? MILESTONE_NAMES[r.nextMilestone][lang] : '—'}</td>
                  <td className="mono">
                    {r.due ? printedMoment(r.due) : '—'}
                    {r.overdue && <strong className="overdue-mark"> {d('overdue')}</strong>}
                  </td>
                  <td>{STATUS_NAMES[r.status][lang]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The administrator connects the department's PC to the server with a district code. */
export function DistrictEnrollPanel() {
  const { lang } = useLanguage();
  const d = useDistrictText();
  const queryClient = useQueryClient();
  const [serverUrl, setServerUrl] = useState('http://127.0.0.1:8787');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: { kk: string; ru: string } } | null>(null);

  async function submit() {
    setBusy(true);
    try {
      const result = await enrollDevice(db, { serverUrl, code });
      if (result.ok) {
        setOutcome({ ok: true, text: { kk: result.identity.deviceId, ru: result.identity.deviceId } });
        await queryClient.invalidateQueries({ queryKey: ['settings'] });
        await queryClient.invalidateQueries({ queryKey: ['cases'] });
        void syncLoop.kick();
      } else setOutcome({ ok: false, text: result.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="banner warn" onSubmit={(e) => (e.preventDefault(), void submit())} data-testid="district-enroll">
      <p>{d('enrollIntro')}</p>
      <div className="row">
        <Field label={d('serverUrl')} value={serverUrl} onChange={setServerUrl} data-testid="district-enroll-url" />
        <Field label={d('enrollCode')} value={code} onChange={(x) => setCode(x.toUpperCase())} data-testid="district-enroll-code" />
      </div>
      <button type="submit" className="primary" disabled={busy} data-testid="district-enroll-submit">
        {d('enrollButton')}
      </button>
      {outcome && (
        <div className={`msg ${outcome.ok ? 'hint' : 'error'}`} role="status" data-testid="district-enroll-result">
          {outcome.ok ? d('enrolled', { deviceId: outcome.text[lang] }) : outcome.text[lang]}
        </div>
      )}
    </form>
  );
}
