// Journal numbers of complaints, issued offline like registration numbers: the
// letter Ш (шағым), the unit's code, the year, the device letter and that
// device's own sequence for the year, so two PCs never give the same number:
// "Ш-0512-26A-0003".
import { formatRegistrationNumber, type RegistrationNumberParts } from '../case/numbering';

export const COMPLAINT_PREFIX = 'Ш-';

export function complaintNumber(parts: RegistrationNumberParts): string {
  return `${COMPLAINT_PREFIX}${formatRegistrationNumber(parts)}`;
}

/** The device's next sequence for the year, given the journal numbers it holds. */
export function nextComplaintSequence(numbers: readonly string[], parts: Omit<RegistrationNumberParts, 'sequence'>): number {
  const head = complaintNumber({ ...parts, sequence: 1 }).slice(0, -4);
  let top = 0;
  for (const n of numbers) if (n.startsWith(head)) top = Math.max(top, Number(n.slice(head.length)) || 0);
  return top + 1;
}
