// The per-capita income of the family against the threshold: for each recorded
// act, and live under the act editor as the incomes are typed.
import { assessIncome, type InspectionAct } from '@shared/commission/act';
import { INCOME_PROBLEM_NAMES } from '@shared/i18n/commission';
import { printedAmount, printedDate } from '@shared/forms/input';
import { parseAmount } from '@shared/input/amount';
import type { CaseState } from '@shared/case';
import { newestThresholds } from '@renderer/catalog/published';
import { checkActForm, type ActForm } from './act-form';
import { applicationDate, serviceSlug } from './act-fields';
import { useLanguage } from '@renderer/i18n/language';

/** The per-capita income of an act (or of the act as typed) against the threshold of the application's date. */
export function IncomeBox({ act, state }: { act: Pick<InspectionAct, 'family' | 'months' | 'incomes'>; state: CaseState }) {
  const { t, lang } = useLanguage();
  const assessed = assessIncome(act, serviceSlug(state), applicationDate(state), newestThresholds());
  return (
    <div className="income-box" data-testid="income">
      <strong>{t('common.perCapitaIncome')}</strong>
      {!assessed.ok ? (
        <p className="msg error">{t('commission.incomeProblem', { problem: INCOME_PROBLEM_NAMES[assessed.problem.code][lang] })}</p>
      ) : (
        <>
          <p>{t('commission.incomeTotal', { total: printedAmount(assessed.result.total) })}</p>
          <p>
            {t('commission.incomeMonthly', {
              total: printedAmount(assessed.result.total),
              months: assessed.result.monthCount,
              monthly: printedAmount(assessed.result.monthlyFamilyIncome),
            })}
          </p>
          <p className="strong" data-testid="per-capita">
            {t('commission.incomePerCapita', {
              monthly: printedAmount(assessed.result.monthlyFamilyIncome),
              size: assessed.result.familySize,
              perCapita: printedAmount(assessed.result.perCapita),
            })}
          </p>
          {assessed.threshold ? (
            <>
              <p>
                {t('commission.threshold', { basis: assessed.threshold.row.basis[lang], amount: printedAmount(assessed.threshold.amount) })}
              </p>
              <p className="strong">
                {assessed.below
                  ? t('commission.below', { difference: printedAmount(assessed.difference!) })
                  : t('commission.notBelow', { difference: printedAmount(Math.abs(assessed.difference!)) })}
              </p>
            </>
          ) : (
            <p className="strong" data-testid="no-threshold">
              {t('commission.noThreshold', { date: printedDate(applicationDate(state)) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** The income as typed so far, when it can be computed. */
export function LiveIncome({ form, state, months }: { form: ActForm; state: CaseState; months: string[] }) {
  const checked = checkActForm(form, { commissionId: 'x', members: [], caseFamily: form.family, months, superseding: false });
  const lines = form.incomes.flatMap((row) =>
    months.map((month) => ({
      memberIin: row.memberIin,
      category: row.category,
      month,
      // Shown only when every amount parses (below), so a blank month is the only 0.
      amount: parseAmount(row.amounts[month] ?? '') ?? 0,
    })),
  );
  const bad = Object.keys(checked.problems).some((k) => k.startsWith('incomes.') || k.startsWith('family.'));
  if (bad || form.family.length === 0) return null;
  return (
    <IncomeBox
      act={{ family: form.family.map((m) => ({ ...m, iin: m.iin.trim() })), months, incomes: lines.filter((l) => l.amount > 0) }}
      state={state}
    />
  );
}
