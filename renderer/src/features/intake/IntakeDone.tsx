// After recording: the registration (or refusal) with its number, its forms to
// print again, and the way to the case or the next applicant.
import type { CaseState } from '@shared/case';
import { printedDate } from '@shared/forms/input';
import { navigate } from '@renderer/app/router';
import type { OfficeSettings } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { buildCaseForm } from '@renderer/print/lazy';
import { PrintButtons } from '@renderer/print/PrintButtons';

export function IntakeDone({ done, settings, onNext }: { done: CaseState; settings: OfficeSettings; onNext(): void }) {
  const { t } = useLanguage();
  const registered = done.status !== 'refusedAtIntake';
  return (
    <div className="screen narrow" data-testid="intake-done">
      <h1>{t('common.newApplication')}</h1>
      <div className={`banner ${registered ? 'ok' : 'warn'}`} data-testid="intake-result">
        {registered
          ? t('intake.registered', { number: done.number, date: printedDate(done.resultDate!) })
          : t('intake.refused', { number: done.number })}
      </div>
      <PrintButtons
        form={registered ? 'talon' : 'refusalReceipt'}
        testId={registered ? 'talon' : 'refusal'}
        title={done.number}
        fileName={`${registered ? 'talon' : 'refusal-receipt'}-${done.number}.pdf`}
        printLabel={registered ? t('intake.printTalon') : t('intake.printRefusal')}
        build={() => buildCaseForm(registered ? 'talon' : 'refusalReceipt', done, settings)}
      />
      {registered && (
        <PrintButtons
          form="consent"
          testId="consent-after"
          title={done.number}
          fileName={`consent-${done.number}.pdf`}
          printLabel={t('intake.printConsent')}
          build={() => buildCaseForm('consent', done, settings)}
        />
      )}
      <div className="actions">
        <button type="button" onClick={() => navigate({ screen: 'case', caseId: done.caseId })}>
          {t('intake.openCase')}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: Enter starts the next applicant at the counter without the mouse. */}
        <button type="button" className="primary" onClick={onNext} autoFocus>
          {t('intake.nextApplication')}
        </button>
      </div>
    </div>
  );
}
