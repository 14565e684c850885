// The sync panel: this PC's link to the server — what is waiting, when it last
// worked, what the server refused and why — with "sync now", and the
// administrator's enrollment form (server address and one-time code).
import { useState, useSyncExternalStore } from 'react';
import { EVENT_NAMES } from '@shared/i18n/domain';
import { clockSkewWarning } from '@shared/sync/client-core';
import { useLanguage } from '@renderer/i18n/language';
import { openRejections, subscribeVersions, versionsInForce } from '@renderer/catalog/published';
import { BUNDLED_CATALOG_VERSION } from '@shared/sync/publications';
import { DEFAULT_SERVER_URL, enrollThisPc, syncNow } from './commands';
import { useSyncOverview } from './queries';
import { SyncProgressBars } from './SyncProgressBars';
import { formatMoment, useSyncBusy } from './useSync';
import { Field } from '@renderer/ui/Field';
import { translate } from '@renderer/texts';
import { AcceptUnitOffer } from './AcceptUnitOffer';

export function SyncScreen() {
  const { lang, t } = useLanguage();
  const view = useSyncOverview();
  const busy = useSyncBusy();
  const versions = useSyncExternalStore(subscribeVersions, versionsInForce);
  if (!view) return <div className="screen">…</div>;
  const { identity, status, counts, uploadsWaiting, uploadErrors, refused } = view;
  const skew = clockSkewWarning(status.clockSkewMs);

  const versionName = (version: string) => (version === BUNDLED_CATALOG_VERSION ? t('sync.bundledVersion') : version);

  return (
    <div className="screen" data-testid="sync-screen">
      <h1>{t('sync.title')}</h1>
      <SyncProgressBars />
      {identity && (
        <p data-testid="sync-identity">{t('sync.deviceIdentity', { deviceId: identity.deviceId, serverUrl: identity.serverUrl })}</p>
      )}
      {status.stopped && (
        <div className="banner error" role="alert" data-testid="sync-stopped">
          <p>{status.stopped.message[lang]}</p>
          <p>{t('sync.stoppedHint')}</p>
        </div>
      )}
      {skew && (
        <div className="banner warn" role="alert" data-testid="sync-skew">
          <strong>{t('sync.skewTitle')}:</strong> {skew[lang]}
        </div>
      )}
      <section>
        <h2>{t('sync.waitingTitle')}</h2>
        <table className="cases" data-testid="sync-counts">
          <tbody>
            <tr>
              <th>{t('sync.statePending')}</th>
              <td data-testid="count-pending">{counts.pending}</td>
            </tr>
            <tr>
              <th>{t('sync.stateError')}</th>
              <td data-testid="count-error">{counts.error}</td>
            </tr>
            <tr>
              <th>{t('sync.stateSent')}</th>
              <td data-testid="count-sent">{counts.sent}</td>
            </tr>
            <tr>
              <th>{t('sync.uploadsPending')}</th>
              <td data-testid="count-uploads">{uploadsWaiting}</td>
            </tr>
          </tbody>
        </table>
        <p>
          {t('sync.lastSuccess')}: <strong data-testid="last-success">{formatMoment(status.lastSuccessAt, lang)}</strong>
        </p>
        {status.lastAttemptAt && (
          <p>
            {t('sync.lastAttempt')}: {formatMoment(status.lastAttemptAt, lang)}
            {status.nextAttemptAt && !status.stopped && <> · {t('sync.nextAttempt', { time: formatMoment(status.nextAttemptAt, lang) })}</>}
          </p>
        )}
        <p>{t('sync.pulledCount', { count: status.pulledTotal })}</p>
        <button
          type="button"
          className="primary"
          onClick={() => void syncNow()}
          disabled={!identity || busy || !!status.stopped}
          data-testid="sync-now"
        >
          {busy ? t('sync.syncing') : t('sync.syncNow')}
        </button>
      </section>
      <section>
        <h2>{t('sync.errorsTitle')}</h2>
        {status.lastProblem && !status.stopped && (
          <div className="banner warn" data-testid="sync-last-problem">
            {t('sync.lastProblem', { reason: status.lastProblem.message[lang] })}
          </div>
        )}
        {refused.length === 0 && uploadErrors.length === 0 && (!status.lastProblem || status.stopped) && (
          <p className="empty">{t('sync.errorsNone')}</p>
        )}
        <ul data-testid="sync-errors">
          {refused.map((r) => (
            <li key={r.eventId}>
              {t('sync.eventError', { caseNumber: r.caseNumber, type: EVENT_NAMES[r.type][lang], reason: r.reason?.[lang] ?? r.code })}
            </li>
          ))}
          {uploadErrors.map((u) => (
            <li key={u.sha256}>{t('sync.uploadError', { name: u.name, reason: u.reason?.[lang] ?? u.error ?? '' })}</li>
          ))}
        </ul>
      </section>
      <section data-testid="sync-versions">
        <h2>{t('sync.versionsTitle')}</h2>
        <p data-testid="catalog-in-force">
          {t('sync.catalogInForce', { version: versionName(versions.catalogs[versions.catalogs.length - 1].version) })}
        </p>
        <p data-testid="calendar-in-force">
          {t('sync.calendarInForce', { version: versions.calendars[versions.calendars.length - 1].version })}
        </p>
        <p data-testid="thresholds-in-force">
          {t('sync.thresholdsInForce', { version: versions.thresholds[versions.thresholds.length - 1].version })}
        </p>
        {openRejections(view.publications).map((p) => (
          <div key={p.serverSeq} className="banner error" role="alert" data-testid="publication-rejected">
            {p.problem?.[lang]}
          </div>
        ))}
      </section>
      <EnrollForm enrolled={!!identity && !status.stopped} serverUrl={identity?.serverUrl} />
    </div>
  );
}

function EnrollForm({ enrolled, serverUrl: known }: { enrolled: boolean; serverUrl?: string }) {
  const { lang, t } = useLanguage();
  const [serverUrl, setServerUrl] = useState(known ?? DEFAULT_SERVER_URL);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: Array<{ kk: string; ru: string }>; acceptUnit?: string } | null>(null);

  async function submit(acceptUnit?: string) {
    setWorking(true);
    try {
      const result = await enrollThisPc({ serverUrl, code, deviceName, ...(acceptUnit ? { acceptUnit } : {}) });
      if (result.ok) {
        const { deviceId, letter, scope } = result.identity;
        const officeCode = scope.kind === 'office' ? scope.officeCode : scope.districtCode;
        const done = {
          kk: translate('kk', 'sync.enrolled', { deviceId, officeCode, letter }),
          ru: translate('ru', 'sync.enrolled', { deviceId, officeCode, letter }),
        };
        setOutcome({ ok: true, lines: [done, ...result.notes] });
        setCode('');
      } else {
        setOutcome({ ok: false, lines: [result.message], acceptUnit: result.acceptUnit });
      }
    } finally {
      setWorking(false);
    }
  }

  return (
    <details open={!enrolled} data-testid="enroll-section">
      <summary>
        <h2 style={{ display: 'inline' }}>{t('sync.enrollTitle')}</h2>
      </summary>
      <form
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p>{t('sync.enrollIntro')}</p>
        <Field label={t('common.serverUrl')} value={serverUrl} onChange={setServerUrl} data-testid="enroll-url" />
        <Field label={t('common.enrollCode')} value={code} onChange={(v) => setCode(v.toUpperCase())} data-testid="enroll-code" />
        <Field label={t('sync.deviceName')} value={deviceName} onChange={setDeviceName} />
        <button type="submit" className="primary" disabled={working || !code.trim()} data-testid="enroll-submit">
          {working ? t('sync.enrolling') : t('common.enrollButton')}
        </button>
        {outcome && (
          <div className={`banner ${outcome.ok ? 'ok' : 'error'}`} role="status" data-testid="enroll-result">
            {outcome.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one outcome never move.
              <p key={i}>{line[lang]}</p>
            ))}
            {outcome.acceptUnit && (
              <AcceptUnitOffer unit={outcome.acceptUnit} busy={working} onAccept={() => void submit(outcome.acceptUnit)} />
            )}
          </div>
        )}
      </form>
    </details>
  );
}
