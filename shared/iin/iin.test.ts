import { describe, expect, it } from 'vitest';
import { iinCheckDigit, makeIin, parseIin } from './iin';

describe('parseIin', () => {
  it('accepts a valid IIN of a man born in 1985', () => {
    // 850315 3 0123 ?: check digit by weights 1..11
    const iin = makeIin('1985-03-15', 'male', 123)!;
    expect(iin.slice(0, 11)).toBe('85031530123');
    expect(parseIin(iin)).toEqual({ ok: true, birthDate: '1985-03-15', sex: 'male' });
  });

  it('computes the check digit by hand for a known number', () => {
    // 1*8+2*5+3*0+4*3+5*1+6*5+7*3+8*0+9*1+10*2+11*3 = 148, 148 mod 11 = 5
    expect(iinCheckDigit('85031530123')).toBe(5);
    expect(parseIin('850315301235')).toEqual({ ok: true, birthDate: '1985-03-15', sex: 'male' });
  });

  it('uses the second weights when the first sum gives 10', () => {
    // find a number whose first sum is 10 and check the second rule was applied
    let found = '';
    for (let serial = 0; serial < 10000 && !found; serial++) {
      const first11 = `020101600${String(serial).padStart(2, '0')}`;
      const s1 = [...first11].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
      const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      const s2 = [...first11].reduce((s, d, i) => s + Number(d) * w2[i], 0) % 11;
      if (s1 === 10 && s2 !== 10) found = first11 + s2;
    }
    expect(found).not.toBe('');
    expect(parseIin(found)).toMatchObject({ ok: true, birthDate: '2002-01-01', sex: 'female' });
  });

  it('rejects a number where both sums give 10', () => {
    let first11 = '';
    for (let serial = 0; serial < 10000 && !first11; serial++) {
      const candidate = `9001013${String(serial).padStart(4, '0')}`;
      if (iinCheckDigit(candidate) === null) first11 = candidate;
    }
    expect(first11).not.toBe('');
    for (let d = 0; d <= 9; d++) expect(parseIin(first11 + d)).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it('reads century and sex from the 7th digit', () => {
    expect(parseIin(makeIin('1899-12-31', 'female', 1)!)).toMatchObject({ birthDate: '1899-12-31', sex: 'female' });
    expect(parseIin(makeIin('1950-06-01', 'female', 7)!)).toMatchObject({ birthDate: '1950-06-01', sex: 'female' });
    expect(parseIin(makeIin('2015-02-28', 'male', 42)!)).toMatchObject({ birthDate: '2015-02-28', sex: 'male' });
  });

  it('explains each kind of invalid input', () => {
    expect(parseIin('85031530123')).toEqual({ ok: false, reason: 'length' });
    expect(parseIin('8503153012345')).toEqual({ ok: false, reason: 'length' });
    expect(parseIin('85031530123a')).toEqual({ ok: false, reason: 'notDigits' });
    expect(parseIin('8503-1530123')).toEqual({ ok: false, reason: 'notDigits' });
    expect(parseIin('851315301235')).toEqual({ ok: false, reason: 'impossibleDate' }); // month 13
    expect(parseIin('850230301235')).toEqual({ ok: false, reason: 'impossibleDate' }); // 30 February
    expect(parseIin('850315001235')).toEqual({ ok: false, reason: 'centuryDigit' });
    expect(parseIin('850315301236')).toEqual({ ok: false, reason: 'checkDigit' });
  });

  it('ignores spaces around the number', () => {
    expect(parseIin(' 850315301235 ')).toMatchObject({ ok: true });
  });
});
