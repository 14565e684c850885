// The result papers load pdf-lib and the fonts on first print, not at start-up.
import type { CaseState } from '@shared/case';
import type { Bilingual } from '@shared/forms/input';
import type { OfficeSettings } from '@renderer/db/schema';
import type { CertificateChoice } from './print';
import type { HandedOverRow } from './reads';

const print = () => import('./print');

export async function buildResultLetter(state: CaseState, provider: Bilingual | undefined, duplicate = false): Promise<Uint8Array> {
  return (await print()).buildResultLetter(state, provider, duplicate);
}

export async function buildCertificate(state: CaseState, settings: OfficeSettings, choice: CertificateChoice): Promise<Uint8Array> {
  return (await print()).buildCertificate(state, settings, choice);
}

export async function buildHandOverRegister(
  settings: OfficeSettings,
  from: string,
  to: string,
  rows: HandedOverRow[],
): Promise<Uint8Array> {
  return (await print()).buildHandOverRegister(settings, from, to, rows);
}

export type { CertificateChoice };
