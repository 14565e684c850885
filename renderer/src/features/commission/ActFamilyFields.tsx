// The act's family: who lives in the household (IIN, name, relation), and why it
// differs from the application's when it does.
import type { ActForm } from './act-form';
import type { ActFieldsProps } from './act-fields';
import { useCommissionText } from './text';
import { GridHead, InputCell, RemoveRowCell, TextArea } from './ui';

export function ActFamilyFields({ form, set, err }: ActFieldsProps) {
  const { ct } = useCommissionText();
  const setFamily = (i: number, patch: Partial<ActForm['family'][number]>) =>
    set({ family: form.family.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  return (
    <fieldset>
      <legend>{ct('family')}</legend>
      <p className="muted">{ct('familyHint')}</p>
      <table className="grid" data-testid="act-family">
        <GridHead labels={[ct('famIin'), ct('famName'), ct('famRelation'), '']} />
        <tbody>
          {form.family.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are typed in place and have no id of their own until the IIN is typed.
            <tr key={i}>
              <InputCell
                label={ct('famIin')}
                value={m.iin}
                onChange={(iin) => setFamily(i, { iin })}
                testId={`family-${i}-iin`}
                error={err(`family.${i}.iin`)}
              />
              <InputCell
                label={ct('famName')}
                value={m.fullName}
                onChange={(fullName) => setFamily(i, { fullName })}
                testId={`family-${i}-name`}
                error={err(`family.${i}.fullName`)}
              />
              <InputCell
                label={ct('famRelation')}
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
        {ct('addFamilyMember')}
      </button>
      <TextArea
        label={ct('familyReason')}
        value={form.familyChangeReason}
        onChange={(familyChangeReason) => set({ familyChangeReason })}
        error={err('familyChangeReason')}
        testId="family-reason"
      />
    </fieldset>
  );
}
