import { describe, expect, it } from 'vitest';
import { formatRegistrationNumber, parseRegistrationNumber } from './numbering';

describe('registration numbers', () => {
  it('formats office, year, device letter and sequence', () => {
    expect(formatRegistrationNumber({ officeCode: '0512', year: 2026, deviceLetter: 'A', sequence: 42 })).toBe('0512-26A-0042');
    expect(formatRegistrationNumber({ officeCode: '0512', year: 2026, deviceLetter: 'B', sequence: 12345 })).toBe('0512-26B-12345');
  });
  it('round-trips through parse, case-insensitively', () => {
    expect(parseRegistrationNumber('0512-26a-0042')).toEqual({ officeCode: '0512', year: 2026, deviceLetter: 'A', sequence: 42 });
    expect(parseRegistrationNumber('nonsense')).toBeNull();
  });
  it('never collides between two PCs of one office or two offices', () => {
    const seen = new Set<string>();
    for (const officeCode of ['0512', '0513']) for (const deviceLetter of ['A', 'B']) for (let sequence = 1; sequence <= 500; sequence++) {
      seen.add(formatRegistrationNumber({ officeCode, year: 2026, deviceLetter, sequence }));
    }
    expect(seen.size).toBe(2000);
  });
  it('rejects bad parts', () => {
    expect(() => formatRegistrationNumber({ officeCode: 'ab', year: 2026, deviceLetter: 'A', sequence: 1 })).toThrow(/office code/);
    expect(() => formatRegistrationNumber({ officeCode: '0512', year: 2026, deviceLetter: 'Ә', sequence: 1 })).toThrow(/device letter/);
    expect(() => formatRegistrationNumber({ officeCode: '0512', year: 2026, deviceLetter: 'A', sequence: 0 })).toThrow(/sequence/);
  });
});
