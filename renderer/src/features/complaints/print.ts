// The complaint forms load with pdf-lib and the fonts on first print.
import type { ComplaintJournalRow, ComplaintState } from '@shared/complaint';
import type { Language } from '@shared/i18n/translate';
import type { OfficeSettings } from '@renderer/db/schema';

const forms = () => import('@renderer/print/complaint-forms');

export async function buildComplaintTalon(state: ComplaintState, settings: OfficeSettings): Promise<Uint8Array> {
  return (await forms()).buildComplaintTalon(state, settings);
}

export async function buildComplaintAnswer(state: ComplaintState, settings: OfficeSettings, language: Language): Promise<Uint8Array> {
  return (await forms()).buildComplaintAnswer(state, settings, language);
}

export async function buildComplaintJournal(
  settings: OfficeSettings,
  from: string,
  to: string,
  rows: ComplaintJournalRow[],
): Promise<Uint8Array> {
  return (await forms()).buildComplaintJournal(settings, from, to, rows);
}
