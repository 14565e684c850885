import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayKind, isKurbanAitEstimated, isWorkingDay, workingDaysBetween } from './calendar';
import { BUNDLED_CALENDAR, CalendarData } from './calendar-data';
import { FIXED_HOLIDAYS } from './holidays';

describe('statutory holidays', () => {
  // 2026: every fixed holiday that falls on a weekday is a day off.
  const weekdayHolidays2026 = ['2026-01-01', '2026-01-02', '2026-01-07', '2026-05-01', '2026-05-07', '2026-07-06', '2026-12-16'];
  it.each(weekdayHolidays2026)('%s is a holiday, not a working day', (date) => {
    expect(dayKind(date)).toBe('holiday');
    expect(isWorkingDay(date)).toBe(false);
  });

  it('covers every holiday of the law in a year where all fall on weekdays or are checked', () => {
    // 2027: check that each fixed holiday date is a day off.
    for (const h of FIXED_HOLIDAYS) {
      const date = `2027-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
      expect(isWorkingDay(date), date).toBe(false);
    }
    expect(FIXED_HOLIDAYS).toHaveLength(14);
  });

  it('the day before and after a holiday are working days', () => {
    expect(isWorkingDay('2026-07-03')).toBe(true); // Friday
    expect(isWorkingDay('2026-07-07')).toBe(true); // Tuesday
    expect(isWorkingDay('2026-12-15')).toBe(true);
    expect(isWorkingDay('2026-12-17')).toBe(true); // 17 December is no longer a holiday
  });

  it('Saturdays and Sundays are off', () => {
    expect(dayKind('2026-11-21')).toBe('weekend');
    expect(dayKind('2026-11-22')).toBe('weekend');
    expect(isWorkingDay('2026-11-23')).toBe(true);
  });
});

describe('weekend transfer rule', () => {
  it('8 March on a Sunday moves the day off to Monday 9 March', () => {
    expect(dayKind('2026-03-08')).toBe('holiday');
    expect(dayKind('2026-03-09')).toBe('transferredDayOff');
    expect(isWorkingDay('2026-03-10')).toBe(true);
  });

  it('Nauryz 21–22 March on Saturday and Sunday moves two days off past Monday 23 March', () => {
    expect(dayKind('2026-03-23')).toBe('holiday');
    expect(dayKind('2026-03-24')).toBe('transferredDayOff');
    expect(dayKind('2026-03-25')).toBe('transferredDayOff');
    expect(isWorkingDay('2026-03-26')).toBe(true);
  });

  it('Victory Day, Constitution Day and Republic Day on a weekend move to Monday', () => {
    expect(dayKind('2026-05-11')).toBe('transferredDayOff'); // 9 May is a Saturday
    expect(dayKind('2026-08-31')).toBe('transferredDayOff'); // 30 August is a Sunday
    expect(dayKind('2026-10-26')).toBe('transferredDayOff'); // 25 October is a Sunday
  });

  it('7 January on a weekend is not moved', () => {
    expect(dayKind('2024-01-07')).toBe('holiday'); // Sunday
    expect(isWorkingDay('2024-01-08')).toBe(true);
  });

  it('Kurban ait on a weekend is not moved', () => {
    expect(dayKind('2024-06-16')).toBe('holiday'); // Sunday, from the 2024 table
    expect(isWorkingDay('2024-06-17')).toBe(true);
  });

  it('1–2 January on a weekend move to the next two working days', () => {
    // 2028: 1 January is a Saturday, 2 January a Sunday; 3 January Monday off, 4 January Tuesday off.
    expect(dayKind('2028-01-03')).toBe('transferredDayOff');
    expect(dayKind('2028-01-04')).toBe('transferredDayOff');
    expect(isWorkingDay('2028-01-05')).toBe(true);
  });
});

describe('data tables', () => {
  it('Kurban ait comes from the year table', () => {
    expect(dayKind('2026-05-27')).toBe('holiday');
    expect(isKurbanAitEstimated(2026)).toBe(false);
  });

  it('a transfer table moves a day off and makes a weekend day a working day (MLSP order of 21.11.2024)', () => {
    expect(dayKind('2025-01-03')).toBe('decreeDayOff');
    expect(dayKind('2025-01-05')).toBe('decreeWorkingDay');
    expect(isWorkingDay('2025-07-05')).toBe(false);
  });

  it('a replacement table overrides the bundled one', () => {
    const newer = CalendarData.parse({
      version: 'test.2',
      years: {
        '2026': { kurbanAit: '2026-05-28', transfers: [{ dayOff: '2026-01-05', workingDay: '2026-01-10', decree: 'test decree' }] },
      },
    });
    expect(isWorkingDay('2026-05-27', newer)).toBe(true);
    expect(dayKind('2026-05-28', newer)).toBe('holiday');
    expect(dayKind('2026-01-05', newer)).toBe('decreeDayOff');
    expect(isWorkingDay('2026-01-10', newer)).toBe(true);
    expect(isWorkingDay('2026-01-05', BUNDLED_CALENDAR)).toBe(true);
  });

  it('a year past the tables falls back to the statutory rules and an estimated Kurban ait', () => {
    expect(BUNDLED_CALENDAR.years['2031']).toBeUndefined();
    expect(isKurbanAitEstimated(2031)).toBe(true);
    // 10 Dhu al-Hijjah 1452 by Umm al-Qura is 2 April 2031.
    expect(dayKind('2031-04-02')).toBe('holiday');
    expect(isWorkingDay('2031-04-03')).toBe(true);
    expect(dayKind('2031-03-22')).toBe('holiday'); // Nauryz, a Saturday
    expect(dayKind('2031-03-24')).toBe('transferredDayOff'); // 22 Sat and 23 Sun → 24, 25
    expect(dayKind('2031-03-25')).toBe('transferredDayOff');
  });

  it('rejects a table with an impossible date', () => {
    expect(() => CalendarData.parse({ version: 'x', years: { '2026': { kurbanAit: '2026-02-30' } } })).toThrow(/real date/);
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day', () => {
    expect(addWorkingDays('2026-11-23', 1)).toBe('2026-11-24');
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });
  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23'); // from a Saturday
  });
  it('skips holidays and transferred days off', () => {
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-26'); // Nauryz with transfers
    expect(addWorkingDays('2026-12-15', 2)).toBe('2026-12-18');
    expect(addWorkingDays('2026-12-30', 2)).toBe('2027-01-05'); // 1–2 Jan Fri/Sat, Sat moves to Mon 4 Jan
  });
  it('counts a working Saturday set by transfer (MLSP order of 17.04.2024: Sat 4 May 2024 worked)', () => {
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
  });
  it('rejects a negative or fractional count and a bad date', () => {
    expect(() => addWorkingDays('2026-01-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(/not a date/);
  });
  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    for (const n of [1, 5, 14, 40]) expect(workingDaysBetween('2026-03-02', addWorkingDays('2026-03-02', n))).toBe(n);
  });
});
