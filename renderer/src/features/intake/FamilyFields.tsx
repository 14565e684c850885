// The family members of a family-based service, one row each.
import { useEffect, useRef } from 'react';
import { parseIin } from '@shared/iin/iin';
import { IIN_FAILURE_NAMES } from '@shared/i18n/domain';
import { printedDate } from '@shared/forms/input';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { emptyFamilyMember } from './form';
import type { Intake } from './useIntakeForm';
import { liveIinProblem } from './validate';

export function FamilyFields({ intake }: { intake: Intake }) {
  const { t, lang } = useLanguage();
  const { form, set, shown } = intake;
  // "Add family member" puts the cursor in the new row's IIN (rows filled from a returning citizen's case leave it where it is).
  const lastIin = useRef<HTMLInputElement>(null);
  const count = useRef(form.family.length);
  const adding = useRef(false);
  useEffect(() => {
    if (adding.current && form.family.length > count.current) lastIin.current?.focus();
    adding.current = false;
    count.current = form.family.length;
  }, [form.family.length]);
  return (
    <fieldset>
      <legend>{t('intake.sectionFamily')}</legend>
      {form.family.length === 0 && <p className="empty">{t('intake.familyNone')}</p>}
      {form.family.map((member, i) => {
        const change = (key: keyof typeof member) => (value: string) =>
          set(
            'family',
            form.family.map((m, j) => (j === i ? { ...m, [key]: key === 'iin' ? value.replace(/\s/g, '') : value } : m)),
          );
        // A child's IIN is checked as it is typed, like the applicant's.
        const live = liveIinProblem(member.iin);
        const parsed = parseIin(member.iin);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: members have no id; a row is its place in the list.
          <div className="row family" key={i}>
            <Field
              label={t('common.iin')}
              value={member.iin}
              onChange={change('iin')}
              error={live ? IIN_FAILURE_NAMES[live][lang] : shown(`family.${i}.iin`)}
              hint={
                parsed.ok
                  ? t('intake.iinOk', {
                      date: printedDate(parsed.birthDate),
                      sex: t(parsed.sex === 'male' ? 'intake.sexMale' : 'intake.sexFemale'),
                    })
                  : null
              }
              inputMode="numeric"
              maxLength={12}
              ref={i === form.family.length - 1 ? lastIin : undefined}
              data-testid={`family-${i}-iin`}
            />
            <Field label={t('intake.surname')} value={member.surname} onChange={change('surname')} error={shown(`family.${i}.surname`)} />
            <Field label={t('intake.name')} value={member.name} onChange={change('name')} error={shown(`family.${i}.name`)} />
            <Field
              label={t('common.relation')}
              value={member.relation}
              onChange={change('relation')}
              error={shown(`family.${i}.relation`)}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  'family',
                  form.family.filter((_, j) => j !== i),
                )
              }
            >
              {t('intake.familyRemove')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          adding.current = true;
          set('family', [...form.family, emptyFamilyMember()]);
        }}
      >
        + {t('common.addFamilyMember')}
      </button>
    </fieldset>
  );
}
