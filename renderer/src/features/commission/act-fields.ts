// What the parts of the act editor share: the form, its setter and each field's
// problem in words; and the facts of a case the act and the income depend on.
import type { CaseState } from '@shared/case';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { ActForm } from './act-form';

export interface ActFieldsProps {
  form: ActForm;
  set(patch: Partial<ActForm>): void;
  /** The field's problem in words, or null. */
  err(field: string): string | null;
}

/** "2025-08" → "08.2025". */
export const printedMonth = (m: string) => `${m.slice(5, 7)}.${m.slice(0, 4)}`;
/** The service whose income rules and threshold apply. */
export const serviceSlug = (state: CaseState) => findCatalogEntry(state.entryId)?.service ?? state.entryId;
/** The day the application was made: the income period and the threshold count from it. */
export const applicationDate = (state: CaseState) => state.events[0].at.slice(0, 10);
