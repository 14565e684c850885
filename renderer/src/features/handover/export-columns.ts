// The hand-over register as an export: the screen's columns, the applicant's IIN
// added, the moment of hand-over typed for the spreadsheet.
import type { ExportColumn } from '@shared/export';
import { RESULT_NAMES } from '@shared/i18n/domain';
import type { Language } from '@shared/i18n/translate';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { HandedOverRow } from '@renderer/features/district/reads';
import { bilingual } from '@renderer/texts';

export function handOverColumns(lang: Language): ExportColumn<HandedOverRow>[] {
  return [
    { head: bilingual('common.number'), value: (r) => r.number },
    {
      head: bilingual('common.applicant'),
      value: (r) => [r.applicant.surname, r.applicant.name, r.applicant.patronymic].filter(Boolean).join(' '),
    },
    { head: bilingual('common.iin'), value: (r) => r.applicant.iin },
    { head: bilingual('common.service'), value: (r) => findCatalogEntry(r.entryId)?.title[lang] ?? r.entryId },
    { head: bilingual('handover.colResult'), value: (r) => RESULT_NAMES[r.result][lang] },
    { head: bilingual('handover.colHandedOver'), type: 'moment', value: (r) => r.handedOverAt },
    { head: bilingual('handover.receivedBy'), value: (r) => r.receivedBy },
  ];
}
