// The relay forms' builders load on first print, not with Today.
import type { CaseState } from '@shared/case';
import type { Bilingual } from '@shared/forms/input';
import type { OfficeSettings } from '@renderer/db/schema';
import type { RelayedEvent } from './bulk';

const builders = () => import('./print-builders');

export async function printRelayLetter(
  states: CaseState[],
  settings: OfficeSettings,
  districts: Record<string, Bilingual>,
  date: string,
): Promise<Uint8Array> {
  return (await builders()).relayLetterPdf(states, settings, districts, date);
}

export async function printRelayRegister(
  relays: Array<{ event: RelayedEvent; state: CaseState }>,
  settings: OfficeSettings,
  districts: Record<string, Bilingual>,
  from: string,
  to: string,
): Promise<Uint8Array> {
  return (await builders()).relayRegisterPdf(relays, settings, districts, from, to);
}
