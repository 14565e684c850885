// One case before the commission: its inspection acts (recorded, never edited,
// superseded with a reason), the per-capita income against the threshold, and
// the conclusion adopted at a session with each present member's vote.
import { useState } from 'react';
import { printedDate, printedMoment } from '@shared/forms/input';
import { useSession } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { ActEditor } from './ActEditor';
import { AdoptedConclusion } from './AdoptedConclusion';
import { ConclusionForm } from './ConclusionForm';
import { IncomeBox } from './IncomeBox';
import { actsOf } from './model';
import { printAct } from './print';
import { useCaseState, useCommission } from './queries';
import './commission.css';
import { useLanguage } from '@renderer/i18n/language';

export function CommissionCaseScreen({ caseId }: { caseId: string }) {
  const i18n = useLanguage();
  const { t, pick } = i18n;
  const { settings } = useSession();
  const commission = useCommission();
  const now = localMoment();
  const state = useCaseState(caseId, now);
  const [superseding, setSuperseding] = useState(false);

  if (state.isLoading || commission.isLoading) return <div className="screen">{t('common.loading')}</div>;
  const c = state.data;
  if (!c?.registered) return <div className="screen">{t('common.caseNotFound')}</div>;
  if (!commission.data) return <div className="screen banner warn">{t('commission.sendNoCommission')}</div>;
  const acts = actsOf(c);
  const current = acts.at(-1);
  const step = c.steps.find((s) => s.milestone === 'commissionConclusion');
  const a = c.registered.applicant;
  const entry = findCatalogEntry(c.entryId);

  return (
    <div className="screen commission" data-testid="commission-case">
      <h1>{t('commission.caseHeading', { number: c.number })}</h1>
      <dl className="facts">
        <dt>{t('common.applicant')}</dt>
        <dd>
          {[a.surname, a.name, a.patronymic].filter(Boolean).join(' ')} <span className="mono">{a.iin}</span>
        </dd>
        <dt>{t('common.service')}</dt>
        <dd>{entry ? pick(entry.title) : c.entryId}</dd>
        {step && (
          <>
            <dt>{t('commission.colDue')}</dt>
            <dd className={step.overdue ? 'overdue' : undefined}>
              {printedMoment(step.due)}
              {step.overdue ? ` (${t('common.overdue')})` : ''}
            </dd>
          </>
        )}
        <dt>
          <a href={`#/case/${c.caseId}`}>{t('common.open')}</a>
        </dt>
        <dd />
      </dl>

      <section>
        <h2>{t('commission.acts')}</h2>
        {acts.length === 0 && <p className="empty">{t('commission.actsNone')}</p>}
        {acts.map((act) => (
          <div key={act.actId} className={`act-card${act === current ? '' : ' superseded'}`} data-testid={`act-${act.actId}`}>
            <strong>{t('commission.actLine', { id: act.actId, date: printedDate(act.date) })}</strong> —{' '}
            {act === current ? t('commission.actInForce') : t('commission.actSuperseded')}
            {act.supersedes && <div>{t('commission.actSupersedes', { id: act.supersedes, reason: act.reason ?? '' })}</div>}
            <IncomeBox act={act} state={c} />
            <PrintButtons
              form="commissionAct"
              testId={`print-act-${act.actId.replace('/', '-')}`}
              title={`${t('commission.printAct')} ${act.actId}`}
              fileName={`act-${act.actId.replace('/', '-')}.pdf`}
              build={() => printAct(c, act, commission.data!, settings)}
              printLabel={t('commission.printAct')}
            />
          </div>
        ))}
        {c.status === 'atCommission' && (!current || superseding) && (
          <ActEditor
            key={current?.actId ?? 'first'}
            state={c}
            commission={commission.data}
            previous={current}
            onDone={() => setSuperseding(false)}
          />
        )}
        {c.status === 'atCommission' && current && !superseding && (
          <button type="button" onClick={() => setSuperseding(true)} data-testid="act-supersede">
            {t('commission.supersedeAct')}
          </button>
        )}
        {c.status === 'commissionConcluded' && <p className="banner subtle">{t('commission.actLocked')}</p>}
        {c.status !== 'atCommission' && c.status !== 'commissionConcluded' && acts.length === 0 && (
          <p className="banner warn">{t('commission.actNotAtCommission')}</p>
        )}
      </section>

      <section>
        <h2>{t('commission.conclusion')}</h2>
        {c.conclusion ? (
          <AdoptedConclusion state={c} commission={commission.data} />
        ) : current && c.status === 'atCommission' ? (
          <ConclusionForm state={c} commission={commission.data} act={current} />
        ) : null}
      </section>
    </div>
  );
}
