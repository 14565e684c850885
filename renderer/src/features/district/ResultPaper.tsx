// The decision's paper, printed for the applicant (the akimat) or kept (the district).
import type { CaseState } from '@shared/case';
import { printedAmount, printedDate, printedMoment } from '@shared/forms/input';
import { useSession } from '@renderer/app/session';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { buildResultLetter } from './print-lazy';
import { useLanguage } from '@renderer/i18n/language';

/** The decision's paper; on a district PC the letterhead is the department's own name. */
export function ResultPaper({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const session = useSession();
  const decision = state.decision!;
  const own = session.settings.kind === 'district' ? { kk: session.settings.nameKk, ru: session.settings.nameRu } : undefined;
  const decided = [...state.events].reverse().find((e) => e.type === 'decided');
  return (
    <div className="result-paper" data-testid="result-paper">
      <h3>{decision.outcome === 'refusal' ? t('common.outcomeRefusal') : t('common.outcomeNotification')}</h3>
      <p data-testid="decision-facts">
        {t('district.decisionFacts', {
          number: decision.outgoingNumber,
          date: decided ? printedMoment(decided.at) : '—',
          head: decision.signedBy,
        })}
        {decision.amount !== undefined && ` · ${t('district.tenge', { amount: printedAmount(decision.amount) })}`}
        {decision.periodFrom && decision.periodTo && ` · ${printedDate(decision.periodFrom)} – ${printedDate(decision.periodTo)}`}
      </p>
      <PrintButtons
        form={decision.outcome}
        testId="result-print"
        title={`${state.number} ${decision.outgoingNumber}`}
        fileName={`${decision.outcome}-${state.number}.pdf`}
        build={async () => buildResultLetter(state, own)}
      />
    </div>
  );
}
