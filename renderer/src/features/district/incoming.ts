// The next incoming number of this PC, proposed when a package is registered
// and editable. It follows the outgoing scheme (the department's code, the
// year, the device letter, then "К-" and the PC's own sequence for the year),
// so two PCs of one department never propose the same one: "D05-26A/К-0001".
import { formatOutgoingNumber } from '@shared/case';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';

type Numbering = Pick<OfficeSettings, 'officeCode' | 'deviceLetter'>;

export interface IncomingNumberParts {
  unitCode: string;
  year: number;
  deviceLetter: string;
  sequence: number;
}

/** Cyrillic К (кіріс) as printed; a Latin K typed in its place is read the same. */
const INCOMING = /^([0-9A-Z]{2,12})-(\d{2})([A-Z])\/[КK]-(\d{4,})$/;

export function formatIncomingNumber(parts: IncomingNumberParts): string {
  // Same checks and padding as an outgoing number; "К-" before the sequence tells them apart.
  const outgoing = formatOutgoingNumber(parts);
  const cut = outgoing.lastIndexOf('/');
  return `${outgoing.slice(0, cut)}/К-${outgoing.slice(cut + 1)}`;
}

export function parseIncomingNumber(value: string): IncomingNumberParts | null {
  const m = INCOMING.exec(value.trim().toUpperCase());
  if (!m) return null;
  return { unitCode: m[1], year: 2000 + Number(m[2]), deviceLetter: m[3], sequence: Number(m[4]) };
}

/** The sequence a number of this PC's series moves the count to; undefined for any other number. */
export function incomingSequenceOf(settings: Numbering, number: string): { year: number; sequence: number } | undefined {
  const parts = parseIncomingNumber(number);
  if (!parts || parts.unitCode !== settings.officeCode || parts.deviceLetter !== settings.deviceLetter) return undefined;
  return { year: parts.year, sequence: parts.sequence };
}

const counterKey = (settings: Numbering, year: number) => `inSeq:${settings.officeCode}:${settings.deviceLetter}:${year}`;

/** The number the next package registered on this PC would get; nothing is reserved. */
export async function proposeIncomingNumber(db: AkimatDb, settings: Numbering, at: string): Promise<string> {
  const year = Number(at.slice(0, 4));
  const used = (await db.meta.get(counterKey(settings, year)))?.value ?? 0;
  return formatIncomingNumber({ unitCode: settings.officeCode, year, deviceLetter: settings.deviceLetter, sequence: used + 1 });
}

/**
 * Notes a number given to a package; call inside the write transaction. A
 * number of this PC's own series moves its counter past it (a proposed one, or
 * one typed ahead); any other number is the department's own affair.
 */
export async function noteIncomingNumber(db: AkimatDb, settings: Numbering, number: string): Promise<void> {
  const own = incomingSequenceOf(settings, number);
  if (!own) return;
  const key = counterKey(settings, own.year);
  const used = (await db.meta.get(key))?.value ?? 0;
  if (own.sequence > used) await db.meta.put({ key, value: own.sequence });
}
