// The branch of the chosen service where its terms depend on one (documents
// complete or missing, the route of fuel aid…): a radio group, reached and
// changed with Tab and the arrow keys. The talon date follows the choice.
import { channelBranches } from '@shared/catalog/totals';
import type { CatalogEntry } from '@shared/catalog/schema';
import { useLanguage } from '@renderer/i18n/language';
import { problemText } from '@renderer/ui/problems';
import type { Intake } from './useIntakeForm';

export function BranchPicker({ intake, entry }: { intake: Intake; entry: CatalogEntry }) {
  const i18n = useLanguage();
  const { t, pick } = i18n;
  const branches = channelBranches(entry, 'akim');
  if (branches.length === 0) return null;
  const chosen = branches.some((b) => b.id === intake.form.branch) ? intake.form.branch : (entry.defaultBranch ?? '');
  const error = intake.attempt ? problemText(intake.problems.branch, i18n) : null;
  return (
    <fieldset className="branches" data-testid="branch-picker">
      <legend id="branch-legend">{t('intake.branch')}</legend>
      <div role="radiogroup" aria-labelledby="branch-legend" aria-invalid={error ? true : undefined}>
        {branches.map((b) => (
          <label key={b.id} className="check">
            <input
              type="radio"
              name="branch"
              value={b.id}
              checked={chosen === b.id}
              onChange={() => intake.set('branch', b.id)}
              data-testid={`branch-${b.id}`}
            />{' '}
            {pick(b.title)}
          </label>
        ))}
      </div>
      {error && <div className="msg error">{error}</div>}
    </fieldset>
  );
}
