// Registration numbers issued offline. A number is the office code, the year,
// the device letter (one per PC of the office, given when the PC is set up) and
// that device's own sequence for the year, so two PCs or two offices never
// produce the same number: "0512-26A-0042".
export interface RegistrationNumberParts {
  officeCode: string;
  year: number;
  deviceLetter: string;
  sequence: number;
}

const OFFICE_CODE = /^[0-9A-Z]{2,12}$/;
const DEVICE_LETTER = /^[A-Z]$/;
const NUMBER = /^([0-9A-Z]{2,12})-(\d{2})([A-Z])-(\d{4,})$/;

export function formatRegistrationNumber(parts: RegistrationNumberParts): string {
  if (!OFFICE_CODE.test(parts.officeCode))
    throw new RangeError(`office code must be 2–12 digits or capital Latin letters: "${parts.officeCode}"`);
  if (!DEVICE_LETTER.test(parts.deviceLetter))
    throw new RangeError(`device letter must be one capital Latin letter: "${parts.deviceLetter}"`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1)
    throw new RangeError(`sequence must be a whole number from 1: ${parts.sequence}`);
  return `${parts.officeCode}-${String(parts.year % 100).padStart(2, '0')}${parts.deviceLetter}-${String(parts.sequence).padStart(4, '0')}`;
}

export function parseRegistrationNumber(value: string): RegistrationNumberParts | null {
  const m = NUMBER.exec(value.trim().toUpperCase());
  if (!m) return null;
  return { officeCode: m[1], year: 2000 + Number(m[2]), deviceLetter: m[3], sequence: Number(m[4]) };
}

// Outgoing numbers of a department's letters (the district's notification or
// refusal), issued offline the same way: the department's code, the year, the
// device letter and that device's own sequence for the year, so two PCs of one
// department never give the same number: "D05-26A/0007".
export interface OutgoingNumberParts {
  unitCode: string;
  year: number;
  deviceLetter: string;
  sequence: number;
}

const OUTGOING = /^([0-9A-Z]{2,12})-(\d{2})([A-Z])\/(\d{4,})$/;

export function formatOutgoingNumber(parts: OutgoingNumberParts): string {
  const registration = formatRegistrationNumber({
    officeCode: parts.unitCode,
    year: parts.year,
    deviceLetter: parts.deviceLetter,
    sequence: parts.sequence,
  });
  // Same checks and padding as a registration number; a slash before the sequence tells them apart.
  const cut = registration.lastIndexOf('-');
  return `${registration.slice(0, cut)}/${registration.slice(cut + 1)}`;
}

export function parseOutgoingNumber(value: string): OutgoingNumberParts | null {
  const m = OUTGOING.exec(value.trim().toUpperCase());
  if (!m) return null;
  return { unitCode: m[1], year: 2000 + Number(m[2]), deviceLetter: m[3], sequence: Number(m[4]) };
}

/**
 * Register order: by the moment of registration, then by the number (a minute
 * holds several applications; "0002" never goes before "0001" of the same PC).
 */
export function compareRegistration(a: { registeredAt: string; number: string }, b: { registeredAt: string; number: string }): number {
  if (a.registeredAt !== b.registeredAt) return a.registeredAt < b.registeredAt ? -1 : 1;
  const pa = parseRegistrationNumber(a.number);
  const pb = parseRegistrationNumber(b.number);
  if (pa && pb && pa.officeCode === pb.officeCode && pa.year === pb.year && pa.deviceLetter === pb.deviceLetter)
    return pa.sequence - pb.sequence;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}
