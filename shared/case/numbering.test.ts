import { describe, expect, it } from 'vitest';
import { compareRegistration, formatRegistrationNumber, parseRegistrationNumber } from './numbering';

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
    for (const officeCode of ['0512', '0513'])
      for (const deviceLetter of ['A', 'B'])
        for (let sequence = 1; sequence <= 500; sequence++) {
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

import { caseShortCode, normaliseShortCode } from './short-code';

describe('case short code', () => {
  it('is 8 characters of Crockford base32 from the case id', () => {
    expect(caseShortCode('00000000-0000-4000-8000-000000000000')).toBe('0000-0000');
    expect(caseShortCode('ffffffffff-ignored'.padEnd(36, '0'))).toBe('ZZZZ-ZZZZ');
    expect(caseShortCode('0123456789abcdef0123456789abcdef')).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
  it('reads back what a clerk types, forgiving O/0 and I/1 and a missing dash', () => {
    const code = caseShortCode('5f3a9c21-7d4e-4b8a-9c1d-2e3f4a5b6c7d');
    expect(normaliseShortCode(code.toLowerCase().replace('-', ''))).toBe(code);
    expect(normaliseShortCode('0000-000O')).toBe('0000-0000');
    expect(normaliseShortCode('abc')).toBeNull();
  });
  it('rejects something that is not a case id', () => {
    expect(() => caseShortCode('nope')).toThrow(/not a case id/);
  });
});

describe('register order (issue 14)', () => {
  it('lists by registration moment, then by number: 0001 before 0002 within one minute', () => {
    const rows = [
      { registeredAt: '2026-11-23T10:05', number: '0512-26A-0003' },
      { registeredAt: '2026-11-23T10:00', number: '0512-26A-0002' },
      { registeredAt: '2026-11-23T10:00', number: '0512-26A-0001' },
      { registeredAt: '2026-11-23T10:00', number: '0512-26A-10000' },
    ];
    expect([...rows].sort(compareRegistration).map((r) => r.number)).toEqual([
      '0512-26A-0001',
      '0512-26A-0002',
      '0512-26A-10000',
      '0512-26A-0003',
    ]);
  });
});
