// A zod check of a form's input as the form's problems: each issue's path names
// the field and its message is the catalogue key; the first issue of a field wins.
import type { z } from 'zod';
import type { Problems } from './form-problems';

export function zodProblems<Key extends string>(result: z.ZodSafeParseResult<unknown>): Problems<Key> {
  const problems: Problems<Key> = {};
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    problems[field] ??= { text: issue.message as Key };
  }
  return problems;
}
