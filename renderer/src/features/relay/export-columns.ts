// The relay register as an export: what the printed register lists, with the
// moment of the relay typed for the spreadsheet.
import type { CaseState } from '@shared/case';
import type { ExportColumn } from '@shared/export';
import type { Language } from '@shared/i18n/translate';
import { caseEntry } from '@renderer/catalog/catalog';
import { bilingual } from '@renderer/texts';
import type { RelayedEvent } from './bulk';

export type RelayRow = { event: RelayedEvent; state: CaseState };

export function relayColumns(lang: Language, districtName: (code: string) => string): ExportColumn<RelayRow>[] {
  const applicant = ({ state }: RelayRow) => {
    const a = state.registered?.applicant;
    return a ? [a.surname, a.name, a.patronymic].filter(Boolean).join(' ') : '';
  };
  return [
    { head: bilingual('common.number'), value: (r) => r.state.number },
    { head: bilingual('common.date'), type: 'moment', value: (r) => r.event.at },
    { head: bilingual('common.applicant'), value: applicant },
    { head: bilingual('common.iin'), value: (r) => r.state.registered?.applicant.iin ?? '' },
    { head: bilingual('common.service'), value: (r) => caseEntry(r.state)?.title[lang] ?? r.state.entryId },
    { head: bilingual('setup.district'), value: (r) => districtName(r.event.payload.districtCode) },
    { head: bilingual('district.signedBy'), value: (r) => r.event.actor.name },
  ];
}
