// Checks of the application form, field by field, as the clerk types: a zod
// schema of the form for the chosen outcome, whose issues become problems by
// field (ui/form-problems.ts). A problem is a dictionary key (or an IIN
// failure), so it shows in the current language.
import { z } from 'zod';
import { isIsoDate } from '@shared/calendar/dates';
import type { CatalogEntry } from '@shared/catalog/schema';
import { channelBranches } from '@shared/catalog/totals';
import { parseIin, type IinFailure } from '@shared/iin/iin';
import type { FieldProblem, Problems } from '@renderer/ui/form-problems';
import type { IntakeForm } from './form';
import type { TextKey } from '@renderer/texts';

export type IntakeProblems = Problems<TextKey>;

export type IntakeMode = 'register' | 'refuse';

const PHONE = /^\d{10,11}$/;

/** Each check adds at most one issue, so a field has one problem; an IIN failure travels in `params`. */
const problem = (ctx: z.RefinementCtx, text: TextKey) => ctx.addIssue({ code: 'custom', message: text });

const required = z.string().superRefine((value, ctx) => {
  if (!value.trim()) problem(ctx, 'common.required');
});

const iin = z.string().superRefine((value, ctx) => {
  if (!value.trim()) return problem(ctx, 'common.required');
  const parsed = parseIin(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: 'iin', params: { iin: parsed.reason } });
});

const pastDate = (today: string, notBefore?: string) =>
  z.string().superRefine((value, ctx) => {
    if (!value.trim()) problem(ctx, 'common.required');
    else if (!isIsoDate(value)) problem(ctx, 'intake.dateBad');
    else if (value > today) problem(ctx, 'intake.dateFuture');
    else if (notBefore && value < notBefore) problem(ctx, 'intake.idDateBeforeBirth');
  });

const phone = z.string().superRefine((value, ctx) => {
  if (!value.trim()) problem(ctx, 'common.required');
  else if (!PHONE.test(value.replace(/[\s()+-]/g, ''))) problem(ctx, 'intake.phoneBad');
});

const familyMember = z.object({ iin, surname: required, name: required, relation: required });

interface IntakeContext {
  entry: CatalogEntry | undefined;
  mode: IntakeMode;
  /** "YYYY-MM-DD" */
  today: string;
  /** The applicant's, from the IIN: an identity document is not issued before it. */
  birthDate?: string;
  represented: boolean;
}

/** The form as it must be for the outcome; fields not listed are not checked. */
export function intakeSchema({ entry, mode, today, birthDate, represented }: IntakeContext) {
  const service = z.string().superRefine((_, ctx) => {
    if (!entry) problem(ctx, 'intake.serviceRequired');
  });
  const who = { entryId: service, surname: required, name: required, iin };
  // Where the akim channel's terms depend on a branch without a default, the clerk chooses it.
  const branches = entry ? channelBranches(entry, 'akim') : [];
  const branch = z.string().superRefine((value, ctx) => {
    if (branches.length > 0 && entry?.defaultBranch === undefined && !branches.some((b) => b.id === value)) {
      problem(ctx, 'intake.branchRequired');
    }
  });
  // A refusal receipt needs only who was refused; the rest is for registration.
  if (mode === 'refuse') return z.object(who);
  return z.object({
    ...who,
    branch,
    idNumber: required,
    idIssuer: required,
    idDate: pastDate(today, birthDate),
    address: required,
    phone,
    ...(represented ? { repFullName: required, repIin: iin, poaNumber: required, poaDate: pastDate(today), poaNotary: required } : {}),
    ...(entry?.familyBased ? { family: z.array(familyMember) } : {}),
  });
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem<TextKey> {
  const failure = issue.code === 'custom' ? (issue.params?.iin as IinFailure | undefined) : undefined;
  return failure ? { iin: failure } : { text: issue.message as TextKey };
}

/** Problems with the form for the chosen outcome; an empty object means it can be recorded. `today` is "YYYY-MM-DD". */
export function validateIntake(form: IntakeForm, entry: CatalogEntry | undefined, mode: IntakeMode, today: string): IntakeProblems {
  const applicant = parseIin(form.iin);
  const schema = intakeSchema({
    entry,
    mode,
    today,
    birthDate: applicant.ok ? applicant.birthDate : undefined,
    represented: form.represented,
  });
  const checked = schema.safeParse(form);
  const problems: IntakeProblems = {};
  for (const issue of checked.error?.issues ?? []) {
    const field = issue.path.join('.');
    problems[field] ??= problemOf(issue);
  }
  return problems;
}

/** The problem of one field only, for messages shown while typing (an empty field is not yet an error). */
export function liveIinProblem(value: string): IinFailure | null {
  if (!value.trim()) return null;
  if (/^\d{1,11}$/.test(value.trim())) return null;
  const parsed = parseIin(value);
  return parsed.ok ? null : parsed.reason;
}
