// Who applies: the applicant's identity and contacts, and the representative
// with the power of attorney when someone applies on the applicant's behalf.
import type { RefObject } from 'react';
import { IIN_FAILURE_NAMES } from '@shared/i18n/domain';
import { printedDate } from '@shared/forms/input';
import { useLanguage } from '@renderer/i18n/language';
import { Check, Field } from '@renderer/ui/Field';
import { ReturningOffer } from './ReturningOffer';
import type { Intake } from './useIntakeForm';
import { liveIinProblem } from './validate';
import { DateField } from '@renderer/ui/DateField';

type BoundField = 'surname' | 'name' | 'idNumber' | 'idIssuer' | 'idDate' | 'address' | 'phone';

export function ApplicantFields({ intake, iinRef }: { intake: Intake; iinRef: RefObject<HTMLInputElement | null> }) {
  const { t, lang } = useLanguage();
  const { form, set, text, shown, blur, iinParsed, returning } = intake;
  const iinLive = liveIinProblem(form.iin);
  const iinError = iinLive ? IIN_FAILURE_NAMES[iinLive][lang] : shown('iin');
  // A text field of the form: its value, typing, leaving it, and its problem once shown.
  const bound = (field: BoundField) => ({ value: form[field], onChange: text(field), onBlur: blur(field), error: shown(field) });
  return (
    <fieldset>
      <legend>{t('common.applicant')}</legend>
      <div className="row">
        <Field
          label={t('common.iin')}
          value={form.iin}
          onChange={(v) => set('iin', v.replace(/\s/g, ''))}
          onBlur={blur('iin')}
          error={iinError}
          hint={
            iinParsed.ok
              ? t('intake.iinOk', {
                  date: printedDate(iinParsed.birthDate),
                  sex: t(iinParsed.sex === 'male' ? 'intake.sexMale' : 'intake.sexFemale'),
                })
              : null
          }
          inputMode="numeric"
          maxLength={12}
          ref={iinRef}
          onKeyDown={(e) => {
            // Enter on a returning citizen's IIN takes the details of their last case.
            if (e.key === 'Enter' && returning && !returning.filled) {
              e.preventDefault();
              returning.fill();
            }
          }}
          data-testid="iin"
        />
      </div>
      {returning && <ReturningOffer returning={returning} />}
      <div className="row">
        <Field label={t('intake.surname')} {...bound('surname')} />
        <Field label={t('intake.name')} {...bound('name')} />
        <Field label={t('intake.patronymic')} value={form.patronymic} onChange={text('patronymic')} />
      </div>
      <div className="row">
        <Field label={t('intake.idNumber')} {...bound('idNumber')} />
        <Field label={t('intake.idIssuer')} {...bound('idIssuer')} />
        <DateField label={t('intake.idDate')} {...bound('idDate')} />
      </div>
      <div className="row">
        <Field label={t('common.address')} {...bound('address')} />
        <Field label={t('intake.phone')} type="tel" {...bound('phone')} />
      </div>
      <Check label={t('intake.represented')} checked={form.represented} onChange={(v) => set('represented', v)} testId="represented" />
    </fieldset>
  );
}

export function RepresentativeFields({ intake }: { intake: Intake }) {
  const { t } = useLanguage();
  const { form, text, shown } = intake;
  return (
    <fieldset>
      <legend>{t('intake.sectionRepresentative')}</legend>
      <div className="row">
        <Field label={t('intake.repFullName')} value={form.repFullName} onChange={text('repFullName')} error={shown('repFullName')} />
        <Field
          label={t('intake.repIin')}
          value={form.repIin}
          onChange={text('repIin')}
          error={shown('repIin')}
          inputMode="numeric"
          maxLength={12}
        />
      </div>
      <div className="row">
        <Field label={t('intake.poaNumber')} value={form.poaNumber} onChange={text('poaNumber')} error={shown('poaNumber')} />
        <DateField label={t('intake.poaDate')} value={form.poaDate} onChange={text('poaDate')} error={shown('poaDate')} />
        <Field label={t('intake.poaNotary')} value={form.poaNotary} onChange={text('poaNotary')} error={shown('poaNotary')} />
      </div>
    </fieldset>
  );
}
