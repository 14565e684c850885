// What came of a staff action, beside the form or the row it was done from: done
// (a catalogue text naming the person) or refused, in the current language.
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';
import { writeErrorText } from '@renderer/ui/problems';
import { StaffNotAllowedError } from './staff-store';

export type StaffOutcome = { done: TextKey; name: string } | { failure: unknown } | null;

export function StaffOutcomeMessage({ outcome, testId }: { outcome: StaffOutcome; testId: string }) {
  const i18n = useLanguage();
  if (!outcome) return null;
  if ('done' in outcome) {
    return (
      <div className="msg hint" role="status" data-testid={testId}>
        {i18n.t(outcome.done, { name: outcome.name })}
      </div>
    );
  }
  return (
    <div className="msg error" role="alert" data-testid={testId}>
      {outcome.failure instanceof StaffNotAllowedError ? i18n.t('staff.staffAkimOnly') : writeErrorText(outcome.failure, i18n)}
    </div>
  );
}
