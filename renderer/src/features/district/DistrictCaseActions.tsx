// The district department's part of the case page: what the package holds
// (the commission's act and conclusion, the per-capita income, the files),
// then the act the department owes next — register, assign, special
// commission, decide or return for rework — and the decision's paper.
import type { CaseState } from '@shared/case';
import { AssignForm, RegisterForm, ReworkForm, SpecialCommissionForm } from './DistrictActForms';
import { DecideForm } from './DecideForm';
import { PackageView } from './PackageView';
import { ResultPaper } from './ResultPaper';
import { useLanguage } from '@renderer/i18n/language';

const done = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone && s.doneAt);
const has = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone);

export function DistrictCaseActions({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  return (
    <section className="district-actions" data-testid="district-actions">
      <h2>{t('district.districtSection')}</h2>
      <PackageView state={state} />
      {state.status === 'relayed' && <RegisterForm caseId={state.caseId} />}
      {state.status === 'atDistrict' && !done(state, 'districtAssign') && <AssignForm caseId={state.caseId} />}
      {state.status === 'atDistrict' &&
        done(state, 'districtAssign') &&
        has(state, 'specialCommission') &&
        !done(state, 'specialCommission') && <SpecialCommissionForm caseId={state.caseId} />}
      {state.status === 'atDistrict' &&
        done(state, 'districtAssign') &&
        (!has(state, 'specialCommission') || done(state, 'specialCommission')) && <DecideForm state={state} />}
      {state.status === 'atDistrict' && <ReworkForm caseId={state.caseId} />}
      {state.decision && <ResultPaper state={state} />}
    </section>
  );
}
