// The conclusion the commission adopted for a case, and its printed paper.
import type { ConclusionKind } from '@shared/commission/act';
import { CONCLUSION_NAMES } from '@shared/i18n/commission-act';
import { printedDate } from '@shared/forms/input';
import type { CaseState } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { printConclusion } from './print';
import { useStoredSession } from './queries';
import type { CommissionRow } from './tables';
import { useLanguage } from '@renderer/i18n/language';

/** The conclusion adopted for the case, with its paper once its session is known. */
export function AdoptedConclusion({ state, commission }: { state: CaseState; commission: CommissionRow }) {
  const { t, pick } = useLanguage();
  const { settings } = useSession();
  const c = state.conclusion as unknown as { conclusion: ConclusionKind; reasons: string; sessionId?: string; sessionDate?: string };
  const session = useStoredSession(c.sessionId);
  return (
    <div className="act-card" data-testid="conclusion-adopted">
      <strong>{pick(CONCLUSION_NAMES[c.conclusion])}</strong>
      <p>{c.reasons}</p>
      {c.sessionDate && <p className="muted">{t('commission.conclusionAdoptedAt', { date: printedDate(c.sessionDate) })}</p>}
      {session.data && (
        <PrintButtons
          form="conclusion"
          testId="print-conclusion"
          title={`${t('commission.printConclusion')} ${state.number}`}
          fileName={`conclusion-${state.number}.pdf`}
          printLabel={t('commission.printConclusion')}
          build={() => printConclusion(state, commission, session.data!, settings)}
        />
      )}
    </div>
  );
}
