// A field's problem (ui/form-problems.ts) in words: a catalogue text with its
// parameters, worded by the screen's own lookup, or an IIN failure by the shared names.
import { IIN_FAILURE_NAMES } from '@shared/i18n/domain';
import type { Language } from '@shared/i18n/translate';
import type { FieldProblem } from './form-problems';

export function fieldProblemText<Key extends string>(
  problem: FieldProblem<Key> | undefined,
  text: (key: Key, params?: Record<string, string | number>) => string,
  lang: Language,
): string | null {
  if (!problem) return null;
  return 'iin' in problem ? IIN_FAILURE_NAMES[problem.iin][lang] : text(problem.text, problem.params);
}
