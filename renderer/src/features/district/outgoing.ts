// The next outgoing number of this PC, proposed on the decision form and
// editable. Each PC of a department counts its own letters per year (its device
// letter is in the number), so two district PCs never propose the same one.
import { formatOutgoingNumber, parseOutgoingNumber } from '@shared/case';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';

type Numbering = Pick<OfficeSettings, 'officeCode' | 'deviceLetter'>;

const counterKey = (settings: Numbering, year: number) => `outSeq:${settings.officeCode}:${settings.deviceLetter}:${year}`;

/** The number the next letter of this PC would get; nothing is reserved. */
export async function proposeOutgoingNumber(db: AkimatDb, settings: Numbering, at: string): Promise<string> {
  const year = Number(at.slice(0, 4));
  const used = (await db.meta.get(counterKey(settings, year)))?.value ?? 0;
  return formatOutgoingNumber({ unitCode: settings.officeCode, year, deviceLetter: settings.deviceLetter, sequence: used + 1 });
}

/**
 * Notes a number given to a letter; call inside the write transaction. A
 * number of this PC's own series moves its counter past it (a proposed one, or
 * one typed ahead); any other number is the department's own affair.
 */
export async function noteOutgoingNumber(db: AkimatDb, settings: Numbering, number: string): Promise<void> {
  const parts = parseOutgoingNumber(number);
  if (!parts || parts.unitCode !== settings.officeCode || parts.deviceLetter !== settings.deviceLetter) return;
  const key = counterKey(settings, parts.year);
  const used = (await db.meta.get(key))?.value ?? 0;
  if (parts.sequence > used) await db.meta.put({ key, value: parts.sequence });
}
