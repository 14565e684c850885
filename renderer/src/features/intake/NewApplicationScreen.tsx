// A new application at the counter: service, applicant, documents; then either
// a refusal receipt (something missing) or consent + registration + talon.
// The state lives in useIntakeForm; each part of the form is its own component.
import { useRef } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { Check } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { BranchPicker } from './BranchPicker';
import { ApplicantFields, RepresentativeFields } from './ApplicantFields';
import { DocumentsChecklist } from './DocumentsChecklist';
import { FamilyFields } from './FamilyFields';
import { IntakeDone } from './IntakeDone';
import { RegisterActions } from './RegisterActions';
import { ServicePicker } from './ServicePicker';
import { useIntakeForm } from './useIntakeForm';
import { validateIntake } from './validate';

export function NewApplicationScreen() {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  const intake = useIntakeForm();
  const { form, set, entry, missing, today, attempt, failure, busy, duplicateList, done, restoredAt } = intake;
  const firstField = useRef<HTMLInputElement>(null);

  if (!intake.ready) return <div className="screen">{t('common.loading')}</div>;
  if (done) return <IntakeDone done={done} settings={intake.settings} onNext={intake.startOver} />;

  const errorCount = attempt ? Object.keys(validateIntake(form, entry, attempt, today)).length : 0;

  return (
    <form className="screen intake" onSubmit={(e) => e.preventDefault()} noValidate>
      <h1>{t('common.newApplication')}</h1>
      <div className="actions top">
        {restoredAt && (
          <span className="banner" data-testid="draft-restored">
            {t('intake.draftRestored', { time: new Date(restoredAt).toLocaleString(lang === 'kk' ? 'kk-KZ' : 'ru-RU') })}
          </span>
        )}
        <button type="button" onClick={intake.discard} data-testid="discard">
          {t('intake.draftDiscard')}
        </button>
      </div>

      <ServicePicker intake={intake} next={firstField} />
      {entry && <BranchPicker intake={intake} entry={entry} />}
      <ApplicantFields intake={intake} iinRef={firstField} />
      {/* An open case of this IIN for this service is said as soon as the IIN is valid, before the rest is typed. */}
      {duplicateList.length > 0 && (
        <div className="banner warn" data-testid="duplicate-warning">
          {t('intake.duplicateWarning', { numbers: duplicateList.map((d) => d.number).join(', ') })}
          <Check
            label={t('intake.duplicateConfirm')}
            checked={form.duplicateConfirmed}
            onChange={(v) => set('duplicateConfirmed', v)}
            testId="duplicate-confirm"
          />
        </div>
      )}

      {form.represented && <RepresentativeFields intake={intake} />}
      {entry?.familyBased && <FamilyFields intake={intake} />}
      {entry && <DocumentsChecklist intake={intake} />}

      {attempt && errorCount > 0 && <div className="banner error">{t('intake.fixErrors', { count: errorCount })}</div>}
      {failure && (
        <div className="banner error" role="alert" data-testid="intake-failure">
          {writeErrorText(failure.error, i18n)}
        </div>
      )}

      {entry && missing.length > 0 && (
        <div className="actions">
          <button type="button" className="danger" disabled={busy} onClick={() => void intake.record('refuse')} data-testid="refuse">
            {t('intake.refuse')}
          </button>
        </div>
      )}
      {entry && missing.length === 0 && <RegisterActions intake={intake} entry={entry} />}
    </form>
  );
}
