// The return path on the case page. On a district PC: the department's desk.
// At the akimat: send the package to the district (again, after rework),
// register the decision that came back, print it for the applicant and record
// the hand-over; the TSA certificate is issued on the spot.
import type { CaseState } from '@shared/case';
import { printedMoment } from '@shared/forms/input';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { canRelay, RelayForm } from '@renderer/features/relay/RelayForm';
import { DistrictCaseActions } from '@renderer/features/district/DistrictCaseActions';
import { deviceKindOf } from '@renderer/features/district/device';
import { ResultPaper } from '@renderer/features/district/ResultPaper';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { useWriteContext } from '@renderer/features/district/use-commands';
import { CertificateDesk, IssuedCertificate } from './CertificateDesk';
import { receiveResult } from './commands';
import { HandOverForm } from './HandOverForm';
import { CERTIFICATE_SERVICE, hasStep } from './return-path';
import { useLanguage } from '@renderer/i18n/language';

/** What the case page shows of the return path on this PC. */
export function CaseReturnPath({ state }: { state: CaseState }) {
  const session = useSession();
  if (!state.registered) return null;
  return deviceKindOf(session.settings) === 'district' ? <DistrictCaseActions state={state} /> : <HandOverActions state={state} />;
}

export function HandOverActions({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const entry = findCatalogEntry(state.entryId);
  const certificate = entry?.service === CERTIFICATE_SERVICE && !hasStep(state, 'relay');
  const relayed = [...state.events].reverse().find((e) => e.type === 'packageRelayed');
  const handed = [...state.events].reverse().find((e) => e.type === 'handedOver');
  return (
    <section className="return-path" data-testid="return-path">
      <h2>{t('handover.returnPathSection')}</h2>
      {state.status === 'returnedForRework' && (
        <div className="banner warn" role="alert" data-testid="rework-remarks">
          {t('handover.reworkReceived', { remarks: state.reworkRemarks ?? '' })}
        </div>
      )}
      {canRelay(state) && <RelayForm state={state} />}
      {(state.status === 'relayed' || state.status === 'atDistrict') && relayed && (
        <p data-testid="at-district">{t('handover.atDistrictSince', { date: printedMoment(relayed.at) })}</p>
      )}
      {state.status === 'decided' && <ReceiveResult state={state} />}
      {(state.status === 'resultReady' || state.status === 'handedOver') && state.decision && <ResultPaper state={state} />}
      {state.status === 'resultReady' && state.decision && <HandOverForm state={state} result={state.decision.outcome} />}
      {certificate && state.status === 'registered' && <CertificateDesk state={state} />}
      {handed && handed.type === 'handedOver' && (
        <p className="banner ok" data-testid="handed-over">
          {t('handover.handedOverFacts', { date: printedMoment(handed.at), name: handed.payload.receivedBy })}
        </p>
      )}
      <IssuedCertificate state={state} />
    </section>
  );
}

function ReceiveResult({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const outcome = state.decision?.outcome === 'refusal' ? t('common.outcomeRefusal') : t('common.outcomeNotification');
  return (
    <div className="act-form" data-testid="receive-result">
      <div className="banner ok">{t('handover.resultArrived', { outcome, number: state.decision?.outgoingNumber ?? '' })}</div>
      <ActMessages act={act} />
      <button
        type="button"
        className="primary"
        disabled={act.busy}
        onClick={() => void act.run(() => receiveResult(ctx(), state.caseId))}
        data-testid="receive-result-submit"
      >
        {t('handover.receiveButton')}
      </button>
    </div>
  );
}
