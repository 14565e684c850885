import { describe, expect, it } from 'vitest';
import { monthName, monthsBack } from './months';

describe('months for a chooser', () => {
  it('are named in the app language, the year after', () => {
    expect(monthName('2026-11', 'kk')).toBe('Қараша 2026');
    expect(monthName('2026-01', 'ru')).toBe('Январь 2026');
    expect(monthName('2025-12', 'kk')).toBe('Желтоқсан 2025');
  });

  it('go back across the new year, the newest first', () => {
    expect(monthsBack('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(monthsBack('2026-12', 1)).toEqual(['2026-12']);
  });
});
