// The act's housing (type, ownership, rooms, area, condition, utilities) and property.
import { HOUSING_CONDITIONS, HOUSING_TYPES, OWNERSHIP_KINDS, UTILITIES } from '@shared/commission/act';
import { CONDITION_NAMES, HOUSING_TYPE_NAMES, OWNERSHIP_NAMES, UTILITY_NAMES } from '@shared/i18n/commission-act';
import { Check, Field } from '@renderer/ui/Field';
import type { ActFieldsProps } from './act-fields';
import { SelectField } from './ui';
import { useLanguage } from '@renderer/i18n/language';

export function ActHousingFields({ form, set, err }: ActFieldsProps) {
  const { t, lang } = useLanguage();
  return (
    <>
      <fieldset>
        <legend>{t('commission.housing')}</legend>
        <div className="row">
          <SelectField
            label={t('commission.housingType')}
            value={form.housingType}
            options={HOUSING_TYPES.map((k) => [k, HOUSING_TYPE_NAMES[k][lang]])}
            onChange={(housingType) => set({ housingType })}
            testId="housing-type"
          />
          <SelectField
            label={t('commission.ownership')}
            value={form.ownership}
            options={OWNERSHIP_KINDS.map((k) => [k, OWNERSHIP_NAMES[k][lang]])}
            onChange={(ownership) => set({ ownership })}
            testId="ownership"
          />
          <Field
            label={t('commission.rooms')}
            value={form.rooms}
            onChange={(rooms) => set({ rooms })}
            error={err('rooms')}
            inputMode="numeric"
            data-testid="rooms"
          />
          <Field
            label={t('commission.area')}
            value={form.area}
            onChange={(area) => set({ area })}
            error={err('area')}
            inputMode="decimal"
            data-testid="area"
          />
          <SelectField
            label={t('commission.condition')}
            value={form.condition}
            options={HOUSING_CONDITIONS.map((k) => [k, CONDITION_NAMES[k][lang]])}
            onChange={(condition) => set({ condition })}
            testId="condition"
          />
        </div>
        <div className="checks">
          <span className="muted">{t('commission.utilities')}:</span>
          {UTILITIES.map((u) => (
            <Check
              key={u}
              label={UTILITY_NAMES[u][lang]}
              checked={form.utilities.includes(u)}
              onChange={(on) => set({ utilities: on ? [...form.utilities, u] : form.utilities.filter((x) => x !== u) })}
              testId={`utility-${u}`}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('commission.property')}</legend>
        <div className="row">
          <Field label={t('commission.landPlot')} value={form.landPlot} onChange={(landPlot) => set({ landPlot })} data-testid="land" />
          <Field
            label={t('commission.livestock')}
            value={form.livestock}
            onChange={(livestock) => set({ livestock })}
            data-testid="livestock"
          />
          <Field label={t('commission.vehicles')} value={form.vehicles} onChange={(vehicles) => set({ vehicles })} data-testid="vehicles" />
          <Field
            label={t('commission.otherProperty')}
            value={form.otherProperty}
            onChange={(otherProperty) => set({ otherProperty })}
            data-testid="other-property"
          />
        </div>
      </fieldset>
    </>
  );
}
