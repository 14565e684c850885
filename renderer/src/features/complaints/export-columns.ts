// The journal of complaints as an export: the columns of the screen plus when it
// was answered and whether late, with dates and moments typed for the spreadsheet.
import type { ExportColumn } from '@shared/export';
import type { Language } from '@shared/i18n/translate';
import { bilingual, translatorFor } from '@renderer/texts';
import { aboutText, STATUS_TEXT } from './labels';
import type { ComplaintRow } from './tables';

export function journalColumns(lang: Language, unitName: (code: string) => string): ExportColumn<ComplaintRow>[] {
  const t = translatorFor(lang);
  return [
    { head: bilingual('complaints.colNumber'), value: (c) => c.number },
    { head: bilingual('complaints.colRegistered'), type: 'moment', value: (c) => c.registeredAt },
    { head: bilingual('complaints.colUnit'), value: (c) => unitName(c.unitCode) },
    { head: bilingual('complaints.colComplainant'), value: (c) => c.complainant },
    { head: bilingual('complaints.colAbout'), value: (c) => aboutText(t, c) },
    { head: bilingual('complaints.colDue'), type: 'date', value: (c) => c.dueDate },
    { head: bilingual('common.status'), value: (c) => t(STATUS_TEXT[c.status]) },
    { head: bilingual('complaints.late'), value: (c) => (c.late ? '✓' : '') },
  ];
}
