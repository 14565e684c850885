// One shape for what is wrong with a form, whichever screen shows it: problems by
// field name ("surname", "family.1.iin", "incomes.0.2025-08" …), each a text of the
// catalogue (with its parameters) or an IIN failure worded by the shared names.
import type { IinFailure } from '@shared/iin/iin';

export type FieldProblem<Key extends string = string> = { text: Key; params?: Record<string, string | number> } | { iin: IinFailure };

export type Problems<Key extends string = string> = Record<string, FieldProblem<Key>>;

export const hasProblems = (problems: Problems<string>): boolean => Object.keys(problems).length > 0;

/** Thrown by a command whose input does not hold; the screen shows `problems` beside the fields. */
export class ProblemsError<Key extends string = string> extends Error {
  constructor(readonly problems: Problems<Key>) {
    super(`invalid input: ${Object.keys(problems).join(', ')}`);
    this.name = 'ProblemsError';
  }
}
