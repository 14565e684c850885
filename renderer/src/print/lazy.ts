// The form builders (pdf-lib, fonts) load on first print, not at start-up:
// the Today screen comes up without parsing them.
import type { CaseState } from '@shared/case';
import type { CaseSummary, OfficeSettings } from '@renderer/db/schema';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { CaseForm } from './forms';
import { db } from '@renderer/db/database';
import { loadIdentity } from '@renderer/features/sync/state';

export type { CaseForm } from './forms';

const forms = () => import('./forms');

/** Which forms a case has to print: talon and consent once registered, the receipt when refused. */
export function formsOf(state: CaseState): CaseForm[] {
  if (state.refusal) return ['refusalReceipt'];
  return state.registered ? ['talon', 'consent'] : [];
}

/** The talon's QR points at the sync server's status page once this PC is enrolled (features/sync). */
export async function buildCaseForm(form: CaseForm, state: CaseState, settings: OfficeSettings, duplicate = false): Promise<Uint8Array> {
  const identity = form === 'talon' ? await loadIdentity(db) : undefined;
  return (await forms()).buildCaseForm(form, state, settings, duplicate, identity?.serverUrl);
}

export async function buildConsentBeforeRegistering(
  ...args: [OfficeSettings, CatalogEntry, Parameters<typeof import('./forms').buildConsentBeforeRegistering>[2], string]
): Promise<Uint8Array> {
  return (await forms()).buildConsentBeforeRegistering(...args);
}

export async function buildRegisterPdf(settings: OfficeSettings, from: string, to: string, cases: CaseSummary[]): Promise<Uint8Array> {
  return (await forms()).buildRegisterPdf(settings, from, to, cases);
}
