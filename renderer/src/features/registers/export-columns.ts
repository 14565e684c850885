// The incoming register as an export: the columns of the screen, in its order,
// with dates and moments typed for the spreadsheet.
import type { ExportColumn } from '@shared/export';
import { STATUS_NAMES } from '@shared/i18n/domain';
import type { Language } from '@shared/i18n/translate';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { CaseSummary } from '@renderer/db/schema';
import { bilingual } from '@renderer/texts';

export function registerColumns(lang: Language): ExportColumn<CaseSummary>[] {
  return [
    { head: bilingual('common.number'), value: (c) => c.number },
    { head: bilingual('common.date'), type: 'moment', value: (c) => c.registeredAt },
    { head: bilingual('common.applicant'), value: (c) => c.fullName },
    { head: bilingual('common.iin'), value: (c) => c.iin },
    { head: bilingual('common.service'), value: (c) => findCatalogEntry(c.entryId)?.title[lang] ?? c.entryId },
    { head: bilingual('common.resultDate'), type: 'date', value: (c) => c.resultDate },
    { head: bilingual('common.status'), value: (c) => STATUS_NAMES[c.status][lang] },
    { head: bilingual('registers.colAcceptedBy'), value: (c) => c.acceptedBy },
  ];
}
