// The family members of a family-based service, one row each.
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { emptyFamilyMember } from './form';
import type { Intake } from './useIntakeForm';

export function FamilyFields({ intake }: { intake: Intake }) {
  const { t } = useLanguage();
  const { form, set, shown } = intake;
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
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: members have no id; a row is its place in the list.
          <div className="row family" key={i}>
            <Field
              label={t('common.iin')}
              value={member.iin}
              onChange={change('iin')}
              error={shown(`family.${i}.iin`)}
              inputMode="numeric"
              maxLength={12}
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
      <button type="button" onClick={() => set('family', [...form.family, emptyFamilyMember()])}>
        + {t('common.addFamilyMember')}
      </button>
    </fieldset>
  );
}
