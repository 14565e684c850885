// Registering a complaint: its form, what it is about (a case by its number, a
// member of staff, the service in general), the complainant and the subject.
// Typed from the keyboard top to bottom; Ctrl+Enter registers from any field.
import { useState } from 'react';
import { COMPLAINT_LIMITS } from '@shared/complaint';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { useWriteContext } from '@renderer/features/district/use-commands';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { navigate } from '@renderer/app/router';
import { type ComplaintInput, registerComplaint } from './commands';
import { findCaseByNumber } from './queries';

const EMPTY: ComplaintInput = {
  form: 'written',
  aboutKind: 'case',
  caseNumber: '',
  staffName: '',
  name: '',
  iin: '',
  address: '',
  phone: '',
  subject: '',
};

export function RegisterForm() {
  const { t, lang } = useLanguage();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [input, setInput] = useState<ComplaintInput>(EMPTY);
  const set =
    <K extends keyof ComplaintInput>(key: K) =>
    (value: ComplaintInput[K]) =>
      setInput((i) => ({ ...i, [key]: value }));
  const problem = (field: string) => fieldProblemText(act.problems[field], t, lang);

  async function submit() {
    let id = '';
    const ok = await act.run(async () => {
      id = await registerComplaint(ctx(), input, findCaseByNumber);
    });
    if (ok) navigate({ screen: 'complaints', view: 'item', id });
  }

  return (
    <form
      className="screen act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
      noValidate
      data-testid="complaint-form"
    >
      <h1>{t('complaints.formTitle')}</h1>
      <fieldset>
        <legend>{t('complaints.formKind')}</legend>
        {(['written', 'oral'] as const).map((form) => (
          <label key={form} className="check">
            <input
              type="radio"
              name="form"
              checked={input.form === form}
              onChange={() => set('form')(form)}
              data-testid={`complaint-form-${form}`}
            />{' '}
            {t(form === 'written' ? 'complaints.formWritten' : 'complaints.formOral')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('complaints.aboutKind')}</legend>
        {(['case', 'staff', 'service'] as const).map((kind) => (
          <label key={kind} className="check">
            <input
              type="radio"
              name="about"
              checked={input.aboutKind === kind}
              onChange={() => set('aboutKind')(kind)}
              data-testid={`complaint-about-${kind}`}
            />{' '}
            {t(
              kind === 'case' ? 'complaints.aboutKindCase' : kind === 'staff' ? 'complaints.aboutKindStaff' : 'complaints.aboutKindService',
            )}
          </label>
        ))}
        {input.aboutKind === 'case' && (
          <Field
            label={t('complaints.caseNumber')}
            value={input.caseNumber}
            onChange={set('caseNumber')}
            hint={t('complaints.caseNumberHint')}
            error={problem('caseNumber')}
            data-testid="complaint-case-number"
          />
        )}
        {input.aboutKind === 'staff' && (
          <Field
            label={t('complaints.staffName')}
            value={input.staffName}
            onChange={set('staffName')}
            maxLength={COMPLAINT_LIMITS.name}
            error={problem('staffName')}
            data-testid="complaint-staff-name"
          />
        )}
      </fieldset>
      <Field
        label={t('complaints.complainantName')}
        value={input.name}
        onChange={set('name')}
        maxLength={COMPLAINT_LIMITS.name}
        error={problem('name')}
        data-testid="complainant-name"
      />
      <div className="row">
        <Field
          label={t('complaints.complainantIin')}
          value={input.iin}
          onChange={set('iin')}
          inputMode="numeric"
          maxLength={12}
          error={problem('iin')}
          data-testid="complainant-iin"
        />
        <Field
          label={t('complaints.complainantPhone')}
          value={input.phone}
          onChange={set('phone')}
          maxLength={COMPLAINT_LIMITS.phone}
          error={problem('phone')}
          data-testid="complainant-phone"
        />
      </div>
      <Field
        label={t('complaints.complainantAddress')}
        value={input.address}
        onChange={set('address')}
        maxLength={COMPLAINT_LIMITS.address}
        error={problem('address')}
        data-testid="complainant-address"
      />
      <label className="field">
        {t('complaints.subject')}
        <textarea
          rows={5}
          value={input.subject}
          onChange={(e) => set('subject')(e.target.value)}
          maxLength={COMPLAINT_LIMITS.subject}
          aria-invalid={!!act.problems.subject}
          data-testid="complaint-subject"
        />
        {problem('subject') && (
          <span className="msg error" role="alert">
            {problem('subject')}
          </span>
        )}
      </label>
      <ActMessages act={act} />
      <div className="row">
        <button type="submit" className="primary" disabled={act.busy} data-testid="complaint-submit">
          {t('complaints.registerSubmit')}
        </button>
        <button type="button" onClick={() => navigate({ screen: 'complaints' })}>
          {t('staff.cancel')}
        </button>
      </div>
    </form>
  );
}
