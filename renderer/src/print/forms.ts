// Builds each printed form of a case from its stored events, the office settings
// and the catalog, with the shared builders (shared/forms).
import { buildConsentPdf, buildIncomingRegisterPdf, buildRefusalReceiptPdf, buildTalonPdf, type IncomingRegisterRow } from '@shared/forms';
import type { CaseState } from '@shared/case';
import type { FormKind } from '@shared/host/bridge';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { CaseSummary, OfficeSettings } from '@renderer/db/schema';
import { caseEntry, findCatalogEntry } from '@renderer/catalog/catalog';
import { formFonts } from './fonts';
import { explainCase } from '@renderer/features/case/explain';

export type CaseForm = Extract<FormKind, 'talon' | 'consent' | 'refusalReceipt'>;

/** "Сәрсенова Әлия" → "Сәрсенова Ә." */
export function surnameAndInitials(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  return [surname, ...rest.map((part) => `${part[0]}.`)].join(' ');
}

const officeOf = (settings: OfficeSettings) => ({ name: { kk: settings.nameKk, ru: settings.nameRu } });

function serviceTitle(entry: CatalogEntry | undefined, entryId: string) {
  return entry?.title ?? { kk: entryId, ru: entryId };
}

/** `statusUrl`: the sync server's address once enrolled; the talon's QR then opens the case's public status page. */
export async function buildCaseForm(
  form: CaseForm,
  state: CaseState,
  settings: OfficeSettings,
  duplicate = false,
  statusUrl?: string,
): Promise<Uint8Array> {
  const fonts = await formFonts();
  // The entry of the case's own catalog version: a reprint matches the original.
  const entry = caseEntry(state);
  const service = serviceTitle(entry, state.entryId);
  const office = officeOf(settings);
  const first = state.events[0];
  if (form === 'refusalReceipt') {
    const refusal = state.refusal;
    if (!refusal) throw new Error('the case has no refusal receipt');
    return buildRefusalReceiptPdf({
      fonts,
      office,
      number: refusal.number,
      service,
      applicant: {
        surname: refusal.applicant.surname,
        name: refusal.applicant.name,
        patronymic: refusal.applicant.patronymic,
        address: refusal.applicant.address,
      },
      missingDocuments: refusal.missingDocuments.map((d) => ({ kk: d.kk, ru: d.ru })),
      executor: { name: surnameAndInitials(first.actor.name) },
      issuedAt: first.at,
      duplicate,
    });
  }
  const reg = state.registered;
  if (!reg) throw new Error('the case is not registered');
  const applicant = {
    surname: reg.applicant.surname,
    name: reg.applicant.name,
    patronymic: reg.applicant.patronymic,
    iin: reg.applicant.iin,
  };
  if (form === 'consent') {
    return buildConsentPdf({
      fonts,
      office,
      service,
      applicant: { ...applicant, idDocument: reg.applicant.idDocument },
      date: first.at.slice(0, 10),
      number: reg.number,
      duplicate,
    });
  }
  return buildTalonPdf({
    fonts,
    office,
    number: reg.number,
    service,
    applicant,
    registeredAt: first.at,
    resultDate: reg.resultDate,
    acceptedBy: surnameAndInitials(first.actor.name),
    caseId: state.caseId,
    duplicate,
    statusUrl,
    // A duplicate explains how its result date was reached, on a second page.
    explanation: duplicate ? (explainCase(state, entry, settings.hours) ?? undefined) : undefined,
  });
}

/** The consent to sign before registering (no number yet). */
export async function buildConsentBeforeRegistering(
  settings: OfficeSettings,
  entry: CatalogEntry,
  applicant: {
    surname: string;
    name: string;
    patronymic?: string;
    iin: string;
    idDocument?: { number: string; issuer: string; date: string };
  },
  date: string,
): Promise<Uint8Array> {
  return buildConsentPdf({ fonts: await formFonts(), office: officeOf(settings), service: entry.title, applicant, date });
}

export async function buildRegisterPdf(settings: OfficeSettings, from: string, to: string, cases: CaseSummary[]): Promise<Uint8Array> {
  const rows: IncomingRegisterRow[] = cases.map((c) => {
    // The summary keeps the full name; its first word is the surname.
    const [, name = '—', ...patronymic] = c.fullName.split(' ');
    return {
      number: c.number,
      registeredAt: c.registeredAt,
      applicant: { surname: c.surname, name, patronymic: patronymic.join(' ') || undefined, iin: c.iin },
      service: serviceTitle(findCatalogEntry(c.entryId), c.entryId),
      resultDate: c.resultDate,
      status: c.status,
      acceptedBy: surnameAndInitials(c.acceptedBy),
    };
  });
  return buildIncomingRegisterPdf({ fonts: await formFonts(), office: officeOf(settings), from, to, rows });
}
