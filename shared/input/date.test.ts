import { describe, expect, it } from 'vitest';
import { maskTypedDate, parseTypedDate, shownDate } from './date';

const parse = (text: string) => parseTypedDate(text, 2026);

describe('parseTypedDate', () => {
  it('reads the day first, whatever the separator', () => {
    expect(parse('01.02.2026')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('1.2.2026')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('01/02/2026')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse(' 01 02 2026 ')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('01022026')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('29.02.2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
  });
  it('takes an ISO date as it is', () => {
    expect(parse('2026-02-01')).toEqual({ kind: 'date', iso: '2026-02-01' });
  });
  it('places a two-digit year in this century unless it is more than ten years ahead', () => {
    expect(parse('01.02.26')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('010226')).toEqual({ kind: 'date', iso: '2026-02-01' });
    expect(parse('15.06.36')).toEqual({ kind: 'date', iso: '2036-06-15' });
    expect(parse('15.06.37')).toEqual({ kind: 'date', iso: '1937-06-15' });
    expect(parse('03.04.85')).toEqual({ kind: 'date', iso: '1985-04-03' });
  });
  it('refuses a date that does not exist', () => {
    expect(parse('31.02.2026')).toEqual({ kind: 'impossible' });
    expect(parse('29.02.2026')).toEqual({ kind: 'impossible' });
    expect(parse('00.01.2026')).toEqual({ kind: 'impossible' });
    expect(parse('01.13.2026')).toEqual({ kind: 'impossible' });
    expect(parse('01.01.0026')).toEqual({ kind: 'impossible' });
    expect(parse('2026-02-30')).toEqual({ kind: 'impossible' });
  });
  it('tells a blank field from one still being typed', () => {
    expect(parse('   ')).toEqual({ kind: 'empty' });
    expect(parse('01.02')).toEqual({ kind: 'incomplete' });
    expect(parse('01.02.')).toEqual({ kind: 'incomplete' });
    expect(parse('01.02.202')).toEqual({ kind: 'incomplete' });
    expect(parse('0102')).toEqual({ kind: 'incomplete' });
    expect(parse('ертең')).toEqual({ kind: 'incomplete' });
  });
});

describe('shownDate', () => {
  it('shows ISO day first and leaves other text as typed', () => {
    expect(shownDate('2026-02-01')).toBe('01.02.2026');
    expect(shownDate('01.02')).toBe('01.02');
    expect(shownDate('')).toBe('');
  });
});

describe('maskTypedDate', () => {
  it('puts the dots in as the digits are typed', () => {
    expect(maskTypedDate('0', '01')).toBe('01.');
    expect(maskTypedDate('01.0', '01.02')).toBe('01.02.');
    expect(maskTypedDate('1.', '1.02')).toBe('1.02.');
    expect(maskTypedDate('01.02.202', '01.02.2026')).toBe('01.02.2026');
  });
  it('does not double a dot typed after the automatic one, and reads other separators as dots', () => {
    expect(maskTypedDate('01.', '01..')).toBe('01.');
    expect(maskTypedDate('1', '1/')).toBe('1.');
    expect(maskTypedDate('01.02', '01.02-')).toBe('01.02.');
  });
  it('leaves deleting and ISO dates alone', () => {
    expect(maskTypedDate('01.', '01')).toBe('01');
    expect(maskTypedDate('', '2026-02-01')).toBe('2026-02-01');
    expect(maskTypedDate('01.02.2026', '01.02.2026')).toBe('01.02.2026');
  });
});
