// @vitest-environment jsdom
// The statistics' filters kept for the window: back from a case, the akim finds
// the period, service and office as they left them.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeptFilter } from './kept-filter';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('useKeptFilter', () => {
  it('starts from the first day of the year to today', () => {
    const { result } = renderHook(() => useKeptFilter('2026-11-30'));
    expect(result.current[0]).toEqual({ from: '2026-01-01', to: '2026-11-30', entryId: '', office: '' });
  });

  it('gives the screen opened again what was chosen', () => {
    const first = renderHook(() => useKeptFilter('2026-11-30'));
    act(() => first.result.current[1]({ from: '2025-03-01' }));
    act(() => first.result.current[1]({ office: '0512', entryId: 'kzo-590-2014/tsa' }));
    expect(first.result.current[0]).toEqual({ from: '2025-03-01', to: '2026-11-30', entryId: 'kzo-590-2014/tsa', office: '0512' });
    first.unmount();
    const again = renderHook(() => useKeptFilter('2026-11-30'));
    expect(again.result.current[0]).toEqual({ from: '2025-03-01', to: '2026-11-30', entryId: 'kzo-590-2014/tsa', office: '0512' });
  });

  it('moves an end left at today on with the days, and keeps one the user chose', () => {
    const first = renderHook(() => useKeptFilter('2026-11-30'));
    act(() => first.result.current[1]({ from: '2026-11-01' }));
    first.unmount();
    expect(renderHook(() => useKeptFilter('2026-12-01')).result.current[0].to).toBe('2026-12-01');

    const chosen = renderHook(() => useKeptFilter('2026-11-30'));
    act(() => chosen.result.current[1]({ to: '2026-10-31' }));
    chosen.unmount();
    expect(renderHook(() => useKeptFilter('2026-12-01')).result.current[0].to).toBe('2026-10-31');
  });

  it('starts afresh from a kept value it cannot read', () => {
    sessionStorage.setItem('reports.statsFilter', '{not json');
    expect(renderHook(() => useKeptFilter('2026-11-30')).result.current[0].from).toBe('2026-01-01');
    sessionStorage.setItem('reports.statsFilter', JSON.stringify({ from: 7, to: '2026-02-01', office: null }));
    expect(renderHook(() => useKeptFilter('2026-11-30')).result.current[0]).toEqual({
      from: '2026-01-01',
      to: '2026-02-01',
      entryId: '',
      office: '',
    });
  });
});
