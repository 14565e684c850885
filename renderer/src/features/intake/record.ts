// Turns a checked application form into the events of the case: a refusal
// receipt for an incomplete package, or registration with consent and talon.
import type { NewEvent } from '@renderer/db/case-store';
import { computeDeadlines, receptionStatus, type OfficeHours } from '@shared/deadlines';
import type { CatalogEntry } from '@shared/catalog/schema';
import { channelBranches } from '@shared/catalog/totals';
import { catalogVersionOf, newestCalendar } from '@renderer/catalog/published';
import type { Applicant, Payload } from '@shared/case';
import { parseIin } from '@shared/iin/iin';
import type { ChecklistItem } from './checklist';
import type { IntakeForm } from './form';

const trimmed = (s: string) => s.trim();

export function applicantOf(form: IntakeForm): Applicant {
  const iin = parseIin(form.iin);
  if (!iin.ok) throw new RangeError('the applicant IIN must be valid before registering');
  return {
    iin: form.iin.trim(),
    surname: trimmed(form.surname),
    name: trimmed(form.name),
    patronymic: trimmed(form.patronymic) || undefined,
    birthDate: iin.birthDate,
    sex: iin.sex,
    idDocument: { number: trimmed(form.idNumber), issuer: trimmed(form.idIssuer), date: form.idDate },
    address: trimmed(form.address),
    phone: trimmed(form.phone),
  };
}

/** The branch the clerk chose, where this entry's akim channel has one to choose; else none (the entry's default applies). */
export function chosenBranch(entry: CatalogEntry, branch: string): string | undefined {
  return channelBranches(entry, 'akim').some((b) => b.id === branch) ? branch : undefined;
}

export function registrationEvents(
  form: IntakeForm,
  entry: CatalogEntry,
  checklist: ChecklistItem[],
  number: string,
  registeredAt: string,
  hours: OfficeHours,
): NewEvent[] {
  // The calendar in force now (a published one once pulled); the case keeps the dates computed here.
  const calendar = newestCalendar();
  // An application taken outside the reception window is counted from the window's next opening.
  const termsRunFrom = receptionStatus(registeredAt, hours, calendar).termsRunFrom;
  const deadlines = computeDeadlines(entry, {
    channel: 'akim',
    registeredAt: termsRunFrom,
    officeHours: hours,
    calendar,
    branch: chosenBranch(entry, form.branch),
  });
  const applicant = applicantOf(form);
  const registered: Payload<'registered'> = {
    number,
    entryId: entry.id,
    channel: 'akim',
    ...(deadlines.branch !== undefined ? { branch: deadlines.branch } : {}),
    applicant,
    representative: form.represented
      ? {
          fullName: trimmed(form.repFullName),
          iin: form.repIin.trim(),
          powerOfAttorney: { number: trimmed(form.poaNumber), date: form.poaDate, notary: trimmed(form.poaNotary) },
        }
      : undefined,
    family: entry.familyBased
      ? form.family.map((m) => {
          const parsed = parseIin(m.iin);
          if (!parsed.ok) throw new RangeError('family member IINs must be valid before registering');
          return {
            iin: m.iin.trim(),
            surname: trimmed(m.surname),
            name: trimmed(m.name),
            patronymic: trimmed(m.patronymic) || undefined,
            birthDate: parsed.birthDate,
            sex: parsed.sex,
            relation: trimmed(m.relation),
          };
        })
      : [],
    documents: checklist.map((item) => ({
      id: item.id,
      original: !!form.documents[item.id]?.original,
      copy: !!form.documents[item.id]?.copy,
    })),
    schedule: deadlines.steps,
    resultDueAt: deadlines.resultDueAt,
    resultDate: deadlines.resultDate,
    calendarVersion: calendar.version,
    catalogVersion: catalogVersionOf(entry),
  };
  const signedBy = form.represented
    ? trimmed(form.repFullName)
    : [applicant.surname, applicant.name, applicant.patronymic].filter(Boolean).join(' ');
  return [
    { type: 'registered', payload: registered },
    { type: 'consentRecorded', payload: { signedBy } },
    { type: 'talonIssued', payload: { resultDate: deadlines.resultDate, duplicate: false } },
  ];
}

export function refusalEvents(form: IntakeForm, entry: CatalogEntry, missing: ChecklistItem[], number: string): NewEvent[] {
  const iin = parseIin(form.iin);
  const applicant: Payload<'refusalReceiptIssued'>['applicant'] = {
    surname: trimmed(form.surname),
    name: trimmed(form.name),
    patronymic: trimmed(form.patronymic) || undefined,
    ...(iin.ok ? { iin: form.iin.trim(), birthDate: iin.birthDate, sex: iin.sex } : {}),
    ...(form.address.trim() ? { address: trimmed(form.address) } : {}),
    ...(form.phone.trim() ? { phone: trimmed(form.phone) } : {}),
  };
  return [
    {
      type: 'refusalReceiptIssued',
      payload: {
        number,
        entryId: entry.id,
        catalogVersion: catalogVersionOf(entry),
        applicant,
        missingDocuments: missing.map((m) => ({ id: m.id, kk: m.title.kk, ru: m.title.ru })),
      },
    },
  ];
}
