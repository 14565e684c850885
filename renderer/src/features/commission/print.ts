// The commission's form builders load on first print, not with the screens.
import type { InspectionAct } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import type { OfficeSettings } from '@renderer/db/schema';
import type { CommissionRow, SessionRow } from './tables';

const builders = () => import('./print-builders');

export async function printAct(
  state: CaseState,
  act: InspectionAct,
  commission: CommissionRow,
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return (await builders()).actPdf(state, act, commission, settings);
}

export async function printConclusion(
  state: CaseState,
  commission: CommissionRow,
  session: SessionRow,
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return (await builders()).conclusionPdf(state, commission, session, settings);
}

export async function printAgenda(
  session: SessionRow,
  commission: CommissionRow,
  cases: CaseState[],
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return (await builders()).agendaPdf(session, commission, cases, settings);
}

export async function printProtocol(
  session: SessionRow,
  commission: CommissionRow,
  cases: CaseState[],
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return (await builders()).protocolPdf(session, commission, cases, settings);
}

let preparing: Promise<unknown> | undefined;

/**
 * Loads the form builders and fonts a few seconds after sign-in, so that a
 * commission working away from the network (the browser host, where these are
 * fetched from the app's server) can still print. Failures are retried on the
 * next call; the first print would load them anyway.
 */
export function preparePrinting(): Promise<unknown> {
  preparing ??= Promise.all([builders(), import('@renderer/print/fonts').then((m) => m.formFonts())]).catch(() => (preparing = undefined));
  return preparing;
}
