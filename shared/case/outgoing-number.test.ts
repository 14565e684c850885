import { describe, expect, it } from 'vitest';
import { formatOutgoingNumber, parseOutgoingNumber, parseRegistrationNumber } from './numbering';

describe('outgoing numbers', () => {
  it('carry the department, the year, the device letter and its sequence', () => {
    expect(formatOutgoingNumber({ unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 7 })).toBe('D05-26A/0007');
    expect(formatOutgoingNumber({ unitCode: 'D05', year: 2027, deviceLetter: 'B', sequence: 12345 })).toBe('D05-27B/12345');
    expect(parseOutgoingNumber(' d05-26a/0007 ')).toEqual({ unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 7 });
  });
  it('are never read as registration numbers, nor a hand-typed number as theirs', () => {
    expect(parseRegistrationNumber('D05-26A/0007')).toBeNull();
    expect(parseOutgoingNumber('0512-26A-0007')).toBeNull();
    expect(parseOutgoingNumber('05-12/431')).toBeNull();
  });
  it('refuse parts that would make an ambiguous number', () => {
    expect(() => formatOutgoingNumber({ unitCode: 'd5', year: 2026, deviceLetter: 'A', sequence: 1 })).toThrow(RangeError);
    expect(() => formatOutgoingNumber({ unitCode: 'D05', year: 2026, deviceLetter: 'AB', sequence: 1 })).toThrow(RangeError);
    expect(() => formatOutgoingNumber({ unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 0 })).toThrow(RangeError);
  });
});
