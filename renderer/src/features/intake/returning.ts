// A returning citizen: when the applicant's IIN is on an earlier case of this PC,
// the clerk is offered the details from the latest one (name, identity card,
// address, phone, family) instead of typing them again; the clerk checks them.
import type { CaseState } from '@shared/case';
import type { AkimatDb } from '@renderer/db/schema';
import { loadCase } from '@renderer/db/case-store';
import type { FamilyMemberForm, IntakeForm } from './form';

/** The latest case whose applicant has this IIN (registered or refused at the counter), or undefined. */
export async function lastCaseOf(db: AkimatDb, iin: string): Promise<CaseState | undefined> {
  const earlier = await db.cases.where('iin').equals(iin).toArray();
  const latest = earlier.sort((a, b) => b.registeredAt.localeCompare(a.registeredAt) || b.number.localeCompare(a.number))[0];
  return latest ? loadCase(db, latest.id) : undefined;
}

export type ReturningDetails = Pick<
  IntakeForm,
  'surname' | 'name' | 'patronymic' | 'idNumber' | 'idIssuer' | 'idDate' | 'address' | 'phone' | 'family'
>;

/** The form's fields as that case has them; what it lacks (a refusal receipt keeps less) stays blank. */
export function returningDetails(state: CaseState): ReturningDetails | null {
  const person = state.registered?.applicant ?? state.refusal?.applicant;
  if (!person) return null;
  const family: FamilyMemberForm[] = (state.registered?.family ?? []).map((m) => ({
    iin: m.iin,
    surname: m.surname,
    name: m.name,
    patronymic: m.patronymic ?? '',
    relation: m.relation,
  }));
  return {
    surname: person.surname,
    name: person.name,
    patronymic: person.patronymic ?? '',
    idNumber: person.idDocument?.number ?? '',
    idIssuer: person.idDocument?.issuer ?? '',
    idDate: person.idDocument?.date ?? '',
    address: person.address ?? '',
    phone: person.phone ?? '',
    family,
  };
}

/** The form with the returning citizen's details (the family is used only where the service asks for it). */
export function fillFromLastCase(form: IntakeForm, details: ReturningDetails): IntakeForm {
  return { ...form, ...details };
}
