import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount';

describe('parseAmount', () => {
  it('reads amounts the way staff type them', () => {
    expect(parseAmount('12 500')).toBe(12500);
    expect(parseAmount('12\u00a0500,50')).toBe(12500.5);
    expect(parseAmount('0.5')).toBe(0.5);
  });
  it('tells a blank field from a bad one', () => {
    expect(parseAmount('  ')).toBeUndefined();
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1.234')).toBeNull();
    expect(parseAmount('1,2,3')).toBeNull();
  });
});
