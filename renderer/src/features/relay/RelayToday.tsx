// On the akimat's Today: the cases ready for the relay, sent to the district
// several at once under one signature of the akim; then the cover letter
// (ілеспе хат) listing them prints from the outcome (null while loading).
import { useState } from 'react';
import type { CaseState } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { localDate, localMoment } from '@renderer/db/clock';
import type { CaseSummary } from '@renderer/db/schema';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { useDeviceIdentity, useDirectory } from '@renderer/features/district/queries';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { runSigned, useSignAs } from '@renderer/features/staff/sign-as';
import type { TodaySection } from '@renderer/features/today/sections';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { writeErrorText } from '@renderer/ui/problems';
import { relayMany, type RelayOutcome } from './bulk';
import { printRelayLetter } from './print';
import { useReadyForRelay } from './queries';

export function useRelayTodaySections(): TodaySection[] | null {
  const i18n = useLanguage();
  const { t } = i18n;
  const { settings } = useSession();
  const akimat = settings.kind !== 'district';
  const ready = useReadyForRelay(akimat);
  const identity = useDeviceIdentity();
  const directory = useDirectory();
  const signer = useSignAs('packageRelayed');
  const act = useCaseAct();
  const [chosen, setChosen] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<(RelayOutcome & { numbers: Map<string, string> }) | null>(null);
  if (!akimat) return [];
  if (!ready.data) return null;
  const now = localMoment();
  const scope = identity.data?.scope;
  const districtCode = scope?.kind === 'office' ? scope.districtCode : undefined;
  const rows = ready.data;
  const all = rows.length > 0 && rows.every((c) => chosen.includes(c.id));
  const columns: CaseColumn<CaseSummary>[] = [
    {
      head: '',
      cell: (c) => (
        <input
          type="checkbox"
          aria-label={`${t('commission.select')} ${c.number}`}
          checked={chosen.includes(c.id)}
          onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
          data-testid={`relay-pick-${c.number}`}
        />
      ),
    },
    { head: '', className: 'mono', cell: (c) => <a href={`#/case/${c.id}`}>{c.number}</a> },
    { head: '', cell: (c) => c.fullName },
  ];

  async function relayChosen() {
    const picked = rows.filter((c) => chosen.includes(c.id));
    if (picked.length === 0) return;
    let result: RelayOutcome | null = null;
    const ok = await runSigned(act, signer, async (ctx) => {
      result = await relayMany(
        ctx,
        picked.map((c) => c.id),
        districtCode,
      );
    });
    if (!ok || !result) return;
    setOutcome({ ...(result as RelayOutcome), numbers: new Map(picked.map((c) => [c.id, c.number])) });
    setChosen([]);
  }

  const relayed: CaseState[] = outcome?.relayed ?? [];
  return [
    {
      key: 'relay-ready',
      title: t('relayBulk.title'),
      count: rows.length,
      pinned: outcome !== null,
      body: (
        <div className="relay-bulk" data-testid="relay-bulk">
          {rows.length === 0 ? (
            <p className="empty">{t('relayBulk.none')}</p>
          ) : (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(e) => setChosen(e.target.checked ? rows.map((c) => c.id) : [])}
                  data-testid="relay-pick-all"
                />{' '}
                {t('relayBulk.selectAll')}
              </label>
              <CaseRows
                rows={rows}
                columns={columns}
                caseIdOf={(c) => c.id}
                overdue={(c) => !!c.openDue && c.openDue < now}
                className="grid"
                header={false}
              />
              {districtCode ? (
                <form
                  className="act-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void relayChosen();
                  }}
                >
                  {signer.fields}
                  <ActMessages act={act} field="district" />
                  <button type="submit" className="primary" disabled={act.busy || chosen.length === 0} data-testid="relay-bulk-send">
                    {t('relayBulk.send', { count: chosen.length })}
                  </button>
                </form>
              ) : (
                <p className="msg hint">{t('handover.relayNoDistrict')}</p>
              )}
            </>
          )}
          {outcome && (
            <div className="banner ok" data-testid="relay-bulk-result" role="status">
              <p>{t('relayBulk.sent', { sent: outcome.relayed.length, refused: outcome.refused.length })}</p>
              {outcome.refused.length > 0 && (
                <ul data-testid="relay-bulk-refused">
                  {outcome.refused.map((r) => (
                    <li key={r.caseId}>
                      {outcome.numbers.get(r.caseId)}: {writeErrorText(r.error, i18n)}
                    </li>
                  ))}
                </ul>
              )}
              {relayed.length > 0 && (
                <div className="reprint">
                  <strong>{t('relayBulk.coverLetter')}</strong>
                  <p className="hint">{t('relayBulk.coverLetterHint')}</p>
                  <PrintButtons
                    form="relayLetter"
                    testId="print-relay-letter"
                    title={t('relayBulk.coverLetter')}
                    fileName={`relay-letter-${localDate()}.pdf`}
                    build={() => printRelayLetter(relayed, settings, directory.data?.districts ?? {}, localDate())}
                  />
                </div>
              )}
            </div>
          )}
        </div>
      ),
    },
  ];
}
