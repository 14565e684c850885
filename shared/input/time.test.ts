import { describe, expect, it } from 'vitest';
import { completeTypedTime, isTimeOfDay, maskTypedTime } from './time';

describe('a time of day typed', () => {
  it('gets its colon after the hours when the digits come alone', () => {
    expect(maskTypedTime('0930')).toBe('09:30');
    expect(maskTypedTime('093')).toBe('09:3');
    expect(maskTypedTime('09')).toBe('09');
    expect(maskTypedTime('18:00')).toBe('18:00');
    expect(maskTypedTime('1800999')).toBe('18:00');
    expect(maskTypedTime('9:3a0')).toBe('9:30');
    expect(maskTypedTime('')).toBe('');
  });

  it('is a time only as 24-hour HH:MM', () => {
    for (const ok of ['00:00', '09:30', '18:00', '23:59']) expect(isTimeOfDay(ok), ok).toBe(true);
    for (const bad of ['24:00', '9:30', '09:60', '09', '', '9:00 AM']) expect(isTimeOfDay(bad), bad).toBe(false);
  });

  it('takes a one-digit hour once the field is left', () => {
    expect(completeTypedTime('9:30')).toBe('09:30');
    expect(completeTypedTime('19:30')).toBe('19:30');
    expect(completeTypedTime('9:3')).toBe('9:3');
  });
});
