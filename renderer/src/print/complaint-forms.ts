// Builds the complaint forms (talon, reasoned answer, journal) from a folded
// complaint and the office settings, with the shared builders. Loaded on first
// print (features/complaints/print.ts), never at start-up.
import { buildComplaintAnswerPdf, buildComplaintJournalPdf, buildComplaintTalonPdf } from '@shared/forms';
import type { ComplaintJournalRow, ComplaintState } from '@shared/complaint';
import type { Language } from '@shared/i18n/translate';
import type { OfficeSettings } from '@renderer/db/schema';
import { formFonts } from './fonts';
import { surnameAndInitials } from './forms';

const officeOf = (settings: OfficeSettings) => ({ name: { kk: settings.nameKk, ru: settings.nameRu } });

export async function buildComplaintTalon(state: ComplaintState, settings: OfficeSettings): Promise<Uint8Array> {
  return buildComplaintTalonPdf({
    fonts: await formFonts(),
    languages: ['kk', 'ru'],
    office: officeOf(settings),
    number: state.number,
    registeredAt: state.registeredAt,
    acceptedBy: surnameAndInitials(state.acceptedBy),
    complainant: state.complainant.name,
    form: state.form,
    about: state.about,
    dueDate: state.dueDate,
    workingDays: state.term.workingDays,
  });
}

export async function buildComplaintAnswer(state: ComplaintState, settings: OfficeSettings, language: Language): Promise<Uint8Array> {
  const answer = state.answer;
  if (!answer) throw new Error('the complaint has no answer yet');
  return buildComplaintAnswerPdf({
    fonts: await formFonts(),
    languages: [language],
    office: officeOf(settings),
    outgoingNumber: answer.outgoingNumber,
    date: answer.at.slice(0, 10),
    complainant: { name: state.complainant.name, address: state.complainant.address },
    complaint: { number: state.number, registeredAt: state.registeredAt },
    text: answer.text,
    justified: answer.justified,
    signer: { name: answer.signedBy, kind: state.unit.kind === 'district' ? 'head' : 'akim' },
  });
}

export async function buildComplaintJournal(
  settings: OfficeSettings,
  from: string,
  to: string,
  rows: ComplaintJournalRow[],
): Promise<Uint8Array> {
  return buildComplaintJournalPdf({ fonts: await formFonts(), languages: ['kk', 'ru'], office: officeOf(settings), from, to, rows });
}
