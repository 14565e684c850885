// The act's incomes: a row per member and kind of income, an amount per month
// of the period, and the per-capita income as typed so far.
import type { CaseState } from '@shared/case';
import { INCOME_CATEGORIES } from '@shared/commission/income';
import { INCOME_CATEGORY_NAMES } from '@shared/i18n/commission';
import type { ActForm } from './act-form';
import { printedMonth, type ActFieldsProps } from './act-fields';
import { LiveIncome } from './IncomeBox';
import { GridHead, InputCell, RemoveRowCell } from './ui';
import { useLanguage } from '@renderer/i18n/language';

export function ActIncomeFields({ form, set, err, state, months }: ActFieldsProps & { state: CaseState; months: string[] }) {
  const { t, lang } = useLanguage();
  const setIncome = (i: number, patch: Partial<ActForm['incomes'][number]>) =>
    set({ incomes: form.incomes.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset>
      <legend>{t('commission.incomes')}</legend>
      <p className="muted">{t('commission.incomesHint', { from: printedMonth(months[0]), to: printedMonth(months[months.length - 1]) })}</p>
      <table className="grid" data-testid="act-incomes">
        <GridHead labels={[t('commission.incomeMember'), t('commission.incomeCategory'), ...months.map((m) => printedMonth(m)), '']} />
        <tbody>
          {form.incomes.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are typed in place and have no id of their own.
            <tr key={i}>
              <td>
                <select
                  aria-label={t('commission.incomeMember')}
                  value={row.memberIin}
                  onChange={(e) => setIncome(i, { memberIin: e.target.value })}
                  data-testid={`income-${i}-member`}
                >
                  {form.family.map((m) => (
                    <option key={m.iin} value={m.iin.trim()}>
                      {m.fullName || m.iin}
                    </option>
                  ))}
                </select>
                {err(`incomes.${i}.member`) && <div className="cell-error">{err(`incomes.${i}.member`)}</div>}
              </td>
              <td>
                <select
                  aria-label={t('commission.incomeCategory')}
                  value={row.category}
                  onChange={(e) => setIncome(i, { category: e.target.value as (typeof INCOME_CATEGORIES)[number] })}
                  data-testid={`income-${i}-category`}
                >
                  {INCOME_CATEGORIES.map((k) => (
                    <option key={k} value={k}>
                      {INCOME_CATEGORY_NAMES[k][lang]}
                    </option>
                  ))}
                </select>
              </td>
              {months.map((m) => (
                <InputCell
                  key={m}
                  className="num"
                  label={printedMonth(m)}
                  value={row.amounts[m] ?? ''}
                  onChange={(amount) => setIncome(i, { amounts: { ...row.amounts, [m]: amount } })}
                  inputMode="decimal"
                  testId={`income-${i}-${m}`}
                  error={err(`incomes.${i}.${m}`)}
                />
              ))}
              <RemoveRowCell onRemove={() => set({ incomes: form.incomes.filter((_, j) => j !== i) })} />
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => set({ incomes: [...form.incomes, { memberIin: form.family[0]?.iin.trim() ?? '', category: 'wages', amounts: {} }] })}
        data-testid="income-add"
      >
        {t('commission.addIncomeRow')}
      </button>
      <LiveIncome form={form} state={state} months={months} />
    </fieldset>
  );
}
