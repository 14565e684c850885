// Checks of the application form, field by field, as the clerk types. A
// problem is a dictionary key (or an IIN failure), so it shows in the current language.
import { isIsoDate } from '@shared/calendar/dates';
import type { CatalogEntry } from '@shared/catalog/schema';
import { parseIin, type IinFailure } from '@shared/iin/iin';
import type { TextKey } from '@renderer/i18n/dictionary';
import type { IntakeForm } from './form';

export type FieldProblem = { text: TextKey } | { iin: IinFailure };
export type FormProblems = Record<string, FieldProblem>;

export type IntakeMode = 'register' | 'refuse';

const PHONE = /^\d{10,11}$/;

function checkIin(problems: FormProblems, field: string, value: string): { birthDate: string } | null {
  if (!value.trim()) {
    problems[field] = { text: 'required' };
    return null;
  }
  const parsed = parseIin(value);
  if (!parsed.ok) {
    problems[field] = { iin: parsed.reason };
    return null;
  }
  return parsed;
}

function checkText(problems: FormProblems, field: string, value: string): void {
  if (!value.trim()) problems[field] = { text: 'required' };
}

function checkPastDate(problems: FormProblems, field: string, value: string, today: string, notBefore?: string): void {
  if (!value.trim()) problems[field] = { text: 'required' };
  else if (!isIsoDate(value)) problems[field] = { text: 'dateBad' };
  else if (value > today) problems[field] = { text: 'dateFuture' };
  else if (notBefore && value < notBefore) problems[field] = { text: 'idDateBeforeBirth' };
}

/** Problems with the form for the chosen outcome; an empty object means it can be recorded. `today` is "YYYY-MM-DD". */
export function validateIntake(form: IntakeForm, entry: CatalogEntry | undefined, mode: IntakeMode, today: string): FormProblems {
  const problems: FormProblems = {};
  if (!entry) problems.entryId = { text: 'serviceRequired' };
  checkText(problems, 'surname', form.surname);
  checkText(problems, 'name', form.name);
  const iin = checkIin(problems, 'iin', form.iin);
  // A refusal receipt needs only who was refused; the rest is for registration.
  if (mode === 'refuse') return problems;
  checkText(problems, 'idNumber', form.idNumber);
  checkText(problems, 'idIssuer', form.idIssuer);
  checkPastDate(problems, 'idDate', form.idDate, today, iin?.birthDate);
  checkText(problems, 'address', form.address);
  if (!form.phone.trim()) problems.phone = { text: 'required' };
  else if (!PHONE.test(form.phone.replace(/[\s()+-]/g, ''))) problems.phone = { text: 'phoneBad' };
  if (form.represented) {
    checkText(problems, 'repFullName', form.repFullName);
    checkIin(problems, 'repIin', form.repIin);
    checkText(problems, 'poaNumber', form.poaNumber);
    checkPastDate(problems, 'poaDate', form.poaDate, today);
    checkText(problems, 'poaNotary', form.poaNotary);
  }
  if (entry?.familyBased) {
    form.family.forEach((member, i) => {
      checkIin(problems, `family.${i}.iin`, member.iin);
      checkText(problems, `family.${i}.surname`, member.surname);
      checkText(problems, `family.${i}.name`, member.name);
      checkText(problems, `family.${i}.relation`, member.relation);
    });
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
