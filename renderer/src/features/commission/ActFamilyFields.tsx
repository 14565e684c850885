// The act's family: who lives in the household (IIN, name, relation), and why it
// differs from the application's when it does.
import type { ActForm } from './act-form';
import type { ActFieldsProps } from './act-fields';
import { GridHead, InputCell, RemoveRowCell, TextArea } from './ui';
import { useLanguage } from '@renderer/i18n/language';

export function ActFamilyFields({ form, set, err }: ActFieldsProps) {
  const { t } = useLanguage();
  const setFamily = (i: number, patch: Partial<ActForm['family'][number]>) =>
    set({ family: form.family.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  return (
    <fieldset>
      <legend>{t('commission.family')}</legend>
      <p className="muted">{t('commission.familyHint')}</p>
      <table className="grid" data-testid="act-family">
        <GridHead labels={[t('common.iin'), t('commission.fullName'), t('common.relation'), '']} />
        <tbody>
          {form.family.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are typed in place and have no id of their own until the IIN is typed.
            <tr key={i}>
              <InputCell
                label={t('common.iin')}
                value={m.iin}
                onChange={(iin) => setFamily(i, { iin })}
                testId={`family-${i}-iin`}
                error={err(`family.${i}.iin`)}
              />
              <InputCell
                label={t('commission.fullName')}
                value={m.fullName}
                onChange={(fullName) => setFamily(i, { fullName })}
                testId={`family-${i}-name`}
                error={err(`family.${i}.fullName`)}
              />
              <InputCell
                label={t('common.relation')}
                value={m.relation}
                onChange={(relation) => setFamily(i, { relation })}
                testId={`family-${i}-relation`}
                error={err(`family.${i}.relation`)}
              />
              <RemoveRowCell onRemove={() => set({ family: form.family.filter((_, j) => j !== i) })} />
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => set({ family: [...form.family, { iin: '', fullName: '', relation: '' }] })}
        data-testid="family-add"
      >
        {t('common.addFamilyMember')}
      </button>
      <TextArea
        label={t('commission.familyReason')}
        value={form.familyChangeReason}
        onChange={(familyChangeReason) => set({ familyChangeReason })}
        error={err('familyChangeReason')}
        testId="family-reason"
      />
    </fieldset>
  );
}
