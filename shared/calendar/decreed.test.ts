// The calendar as decreed: each year's transfers checked against the order that
// made them, worked out by hand from a wall calendar of the year.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayKind, describeDay, isKurbanAitEstimated, isWorkingDay } from './calendar';
import { BUNDLED_CALENDAR } from './calendar-data';

describe('2024: MLSP order of 17 April 2024 (Labour Code art. 85): Sat 4 May worked, Wed 8 May off', () => {
  it('4 May 2024 (Saturday) is a working day and 8 May 2024 (Wednesday) a day off', () => {
    expect(dayKind('2024-05-04')).toBe('decreeWorkingDay');
    expect(dayKind('2024-05-08')).toBe('decreeDayOff');
  });
  it('7, 8 and 9 May 2024 are off in a row; 1 WD after Mon 6 May is Fri 10 May', () => {
    // 7 May Defender's Day, 8 May by the order, 9 May Victory Day.
    expect(['2024-05-07', '2024-05-08', '2024-05-09'].map((d) => isWorkingDay(d))).toEqual([false, false, false]);
    expect(addWorkingDays('2024-05-06', 1)).toBe('2024-05-10');
  });
  it('Kurban ait 2024 is Sunday 16 June (not moved: religious holiday)', () => {
    expect(dayKind('2024-06-16')).toBe('holiday');
    expect(isWorkingDay('2024-06-17')).toBe(true);
  });
});

describe('2025: MLSP order of 21 November 2024: the day off of Sun 5 January moves to Fri 3 January', () => {
  it('3 January 2025 off, 5 January 2025 worked', () => {
    expect(dayKind('2025-01-03')).toBe('decreeDayOff');
    expect(dayKind('2025-01-05')).toBe('decreeWorkingDay');
  });
  it('no other transfer in 2025: Saturday 5 July 2025 is a day off', () => {
    expect(isWorkingDay('2025-07-05')).toBe(false);
    expect(BUNDLED_CALENDAR.years['2025'].transfers).toHaveLength(1);
  });
  it('1 WD after Tue 31 Dec 2024 is Sun 5 Jan 2025 (1–2 Jan holidays, 3 Jan by the order, 4 Jan Saturday)', () => {
    expect(addWorkingDays('2024-12-31', 1)).toBe('2025-01-05');
  });
  it('the source is a ministerial order, not a Government resolution', () => {
    const t = BUNDLED_CALENDAR.years['2025'].transfers[0];
    expect(t.source?.kind).toBe('ministerialOrder');
    expect(t.source?.date).toBe('2024-11-21');
    expect(t.decree).not.toMatch(/Үкімет/);
  });
  it('Kurban ait 2025 is Friday 6 June', () => {
    expect(dayKind('2025-06-06')).toBe('holiday');
  });
});

describe('2026: no transfer order bundled; Kurban ait 27 May announced as approximate', () => {
  it('has no transfers and says so in the data', () => {
    const y = BUNDLED_CALENDAR.years['2026'];
    expect(y.transfers).toEqual([]);
    expect(y.note?.kk).toMatch(/бұйрық/);
    expect(y.note?.ru).toMatch(/приказ/i);
  });
  it('Kurban ait 2026 is from the table, marked approximate', () => {
    expect(isKurbanAitEstimated(2026)).toBe(false);
    expect(describeDay('2026-05-27')).toMatchObject({ kind: 'holiday', approximate: true, name: { ru: 'Курбан айт' } });
  });
  it('9 May 2026 falls on Saturday: Monday 11 May is the moved day off (Law on holidays)', () => {
    expect(describeDay('2026-05-11')).toMatchObject({ kind: 'transferredDayOff', movedFrom: '2026-05-09', name: { kk: 'Жеңіс күні' } });
  });
});

describe('every bundled row names its source', () => {
  for (const [year, table] of Object.entries(BUNDLED_CALENDAR.years)) {
    it(`${year}`, () => {
      if (table.kurbanAit) expect(table.kurbanAitSource, `${year} Kurban ait`).toBeDefined();
      for (const t of table.transfers) {
        expect(t.source, `${year} ${t.dayOff}`).toBeDefined();
        expect(t.source?.document.kk.length).toBeGreaterThan(10);
        expect(t.source?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }
  it('describeDay names a holiday in kk and ru', () => {
    expect(describeDay('2026-12-16')).toMatchObject({ kind: 'holiday', name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости' } });
    expect(describeDay('2024-05-08')).toMatchObject({ kind: 'decreeDayOff', source: { date: '2024-04-17' } });
  });
});
