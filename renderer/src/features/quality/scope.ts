// Whose indicators the page shows: on an akimat PC its own office; on a district
// PC all the okrugs whose cases reached it together (ALL) or one of them.
import { forOffices, type QualityInput } from '@shared/quality';

export const ALL = '';

export function scopedInput(input: QualityInput, district: boolean, officeCode: string, scope: string): QualityInput {
  if (!district) return forOffices(input, new Set([officeCode]));
  return scope === ALL ? input : forOffices(input, new Set([scope]));
}
