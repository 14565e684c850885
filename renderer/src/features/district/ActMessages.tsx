// The problem and failure lines of a district act, under its form.
import { useLanguage } from '@renderer/i18n/language';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { writeErrorText } from '@renderer/ui/problems';
import type { CaseAct } from './useCaseAct';

/** The problem and failure lines of an act, under its form. */
export function ActMessages({ act, field }: { act: CaseAct; field?: string }) {
  const i18n = useLanguage();
  const { t } = i18n;
  const problem = field ? fieldProblemText(act.problems[field], t, i18n.lang) : null;
  return (
    <>
      {problem && (
        <div className="msg error" role="alert">
          {problem}
        </div>
      )}
      {act.failure !== null && (
        <div className="banner error" role="alert" data-testid="act-failure">
          {writeErrorText(act.failure, i18n)}
        </div>
      )}
    </>
  );
}
