// Names of what the statistics group by: a service's title, an okrug's name,
// a month, a step of an act — in the screen's language.
import type { Milestone } from '@shared/catalog/schema';
import type { Language } from '@shared/i18n/translate';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { OfficeSettings } from '@renderer/db/schema';
import type { DirectoryRow } from '@renderer/features/district/directory';
import { stepLabel } from '@renderer/features/case/step-label';
import { translate } from '@renderer/texts';

export interface Labels {
  service(entryId: string): string;
  office(code: string): string;
  step(entryId: string, stepId: string, milestone?: string): string;
}

/** "2026-02" → "02.2026". */
export const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

export function labelsFor(lang: Language, settings: OfficeSettings | undefined, directory: DirectoryRow | null | undefined): Labels {
  return {
    service: (entryId) => findCatalogEntry(entryId)?.title[lang] ?? entryId,
    office: (code) => {
      if (!code) return translate(lang, 'reports.unknownOffice');
      const named = directory?.offices[code];
      if (named) return `${named[lang]} (${code})`;
      if (settings && code === settings.officeCode) return `${lang === 'kk' ? settings.nameKk : settings.nameRu} (${code})`;
      return code;
    },
    step: (entryId, stepId, milestone) => {
      const entry = findCatalogEntry(entryId);
      let action: { kk: string; ru: string } | undefined;
      for (const channel of entry?.channels ?? []) action ??= channel.steps.find((s) => s.id === stepId)?.action;
      return stepLabel({ stepId, milestone: milestone as Milestone | undefined }, action, lang);
    },
  };
}
