// The documents to check at the counter: the service's own list, or — where
// the catalog entry states none — the application and an identity document.
// A power of attorney is needed exactly when a representative applies.
import type { CatalogEntry } from '@shared/catalog/schema';
import { bilingual } from '@renderer/texts';
import type { IntakeForm } from './form';

export interface ChecklistItem {
  id: string;
  title: { kk: string; ru: string };
  /** Must be presented for the package to be complete. */
  required: boolean;
}

const both = (key: 'intake.docApplication' | 'intake.docIdentity' | 'intake.docPowerOfAttorney') => bilingual(key);
export const isPowerOfAttorney = (id: string) => id === 'power-of-attorney' || id.includes('attorney');

export function checklistFor(entry: CatalogEntry, represented: boolean): ChecklistItem[] {
  const stated = entry.requiredDocuments.map((d) => ({
    id: d.id,
    title: d.title,
    required: isPowerOfAttorney(d.id) ? represented : d.always,
  }));
  const items: ChecklistItem[] =
    stated.length > 0
      ? stated
      : [
          { id: 'application', title: both('intake.docApplication'), required: true },
          { id: 'identity-document', title: both('intake.docIdentity'), required: true },
        ];
  if (represented && !items.some((i) => isPowerOfAttorney(i.id))) {
    items.push({ id: 'power-of-attorney', title: both('intake.docPowerOfAttorney'), required: true });
  }
  return items;
}

const presented = (form: IntakeForm, id: string) => !!(form.documents[id]?.original || form.documents[id]?.copy);

/** Required documents the applicant did not bring. */
export function missingDocuments(items: ChecklistItem[], form: IntakeForm): ChecklistItem[] {
  return items.filter((i) => i.required && !presented(form, i.id));
}
