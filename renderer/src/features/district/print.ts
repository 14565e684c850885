// The result papers of a case, built with the shared form builders: the
// district's notification or reasoned refusal (the same paper at the district
// and at the akimat counter), the TSA certificate the akim issues on the spot,
// and the register of results handed over.
import { buildHandOverRegisterPdf, buildNotificationPdf, buildRefusalPdf, buildTsaCertificatePdf, type Bilingual } from '@shared/forms';
import type { CaseEventOf, CaseEventType, CaseState, CertificateAnswer } from '@shared/case';
import { certificateFamily } from './certificate';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { OfficeSettings } from '@renderer/db/schema';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { formFonts } from '@renderer/print/fonts';
import { surnameAndInitials } from '@renderer/print/forms';
import type { HandedOverRow } from './reads';

const officeName = (settings: OfficeSettings): Bilingual => ({ kk: settings.nameKk, ru: settings.nameRu });
const titleOf = (entry: CatalogEntry | undefined, id: string): Bilingual => entry?.title ?? { kk: id, ru: id };

/** A refusal reason as stored (one line) back in both languages: a catalog ground by either text, else as written. */
export function reasonInBothLanguages(line: string, entry: CatalogEntry | undefined): Bilingual {
  const ground = entry?.refusalGrounds.find((g) => g.kk === line || g.ru === line);
  return ground ?? { kk: line, ru: line };
}

function lastOf<T extends CaseEventType>(state: CaseState, type: T): CaseEventOf<T> | undefined {
  return [...state.events].reverse().find((e) => e.type === type) as CaseEventOf<T> | undefined;
}

/**
 * The decision letter. `provider` is the department's own name on a district
 * PC; at the akimat, the provider named by the service's regulation.
 */
export async function buildResultLetter(state: CaseState, provider: Bilingual | undefined, duplicate = false): Promise<Uint8Array> {
  const decided = lastOf(state, 'decided');
  const reg = state.registered;
  if (!decided || !reg) throw new Error('the case has no decision to print');
  const entry = findCatalogEntry(state.entryId);
  const executor = lastOf(state, 'districtExecutorAssigned');
  const letter = {
    fonts: await formFonts(),
    provider: provider ?? entry?.provider ?? { kk: '—', ru: '—' },
    outgoingNumber: decided.payload.outgoingNumber,
    date: decided.at.slice(0, 10),
    applicant: {
      surname: reg.applicant.surname,
      name: reg.applicant.name,
      patronymic: reg.applicant.patronymic,
      address: reg.applicant.address,
    },
    service: titleOf(entry, state.entryId),
    head: { name: decided.payload.signedBy },
    executor: executor ? { name: surnameAndInitials(executor.payload.executorName) } : undefined,
    duplicate,
  };
  const p = decided.payload;
  if (p.outcome === 'refusal') {
    const reasons = (p.reasons ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => reasonInBothLanguages(l, entry));
    return buildRefusalPdf({ ...letter, reasons });
  }
  return buildNotificationPdf({ ...letter, amount: p.amount, periodFrom: p.periodFrom, periodTo: p.periodTo });
}

export interface CertificateChoice {
  receives: boolean;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  signer: string;
  date: string;
  /** The members listed; by default the family registered with the application. */
  family?: CertificateAnswer['family'];
  /** A reprint from the case page: stamped as a duplicate. */
  duplicate?: boolean;
}

export async function buildCertificate(state: CaseState, settings: OfficeSettings, choice: CertificateChoice): Promise<Uint8Array> {
  const reg = state.registered;
  if (!reg) throw new Error('the case is not registered');
  return buildTsaCertificatePdf({
    fonts: await formFonts(),
    office: { name: officeName(settings) },
    number: reg.number,
    date: choice.date,
    applicant: { surname: reg.applicant.surname, name: reg.applicant.name, patronymic: reg.applicant.patronymic, iin: reg.applicant.iin },
    receives: choice.receives,
    year: choice.year,
    quarter: choice.quarter,
    family: choice.family ?? certificateFamily(state),
    signer: { name: choice.signer },
    duplicate: choice.duplicate,
  });
}

export async function buildHandOverRegister(
  settings: OfficeSettings,
  from: string,
  to: string,
  rows: HandedOverRow[],
): Promise<Uint8Array> {
  return buildHandOverRegisterPdf({
    fonts: await formFonts(),
    office: { name: officeName(settings) },
    from,
    to,
    rows: rows.map((r) => ({
      number: r.number,
      applicant: { surname: r.applicant.surname, name: r.applicant.name, patronymic: r.applicant.patronymic, iin: r.applicant.iin },
      service: titleOf(findCatalogEntry(r.entryId), r.entryId),
      result: r.result,
      handedOverAt: r.handedOverAt,
      receivedBy: r.receivedBy,
    })),
  });
}
