// @vitest-environment jsdom
// useLive against a real (fake-indexeddb) database: what a screen sees when the
// data changes under it, when the query fails, and while it is switched off.
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '@renderer/testing/db-fixture';
import { useLive, useLiveAt } from './live';

afterEach(cleanup);

const PW = { kdf: 'pbkdf2', iterations: 10_000, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) } as const;

describe('useLive', () => {
  it('shows a write made after mount without anyone refreshing it', async () => {
    const db = freshDb();
    const { result } = renderHook(() => useLive(() => db.users.orderBy('name').toArray(), []));
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.data).toEqual([]));
    await act(async () => {
      await db.users.add({ id: 'u-1', name: 'Әлия', role: 'clerk', active: true, password: PW });
    });
    await waitFor(() => expect(result.current.data?.map((u) => u.name)).toEqual(['Әлия']));
    expect(result.current).toMatchObject({ isLoading: false, error: null });
  });

  it('reports a failing query as an error, not as loading forever', async () => {
    const db = freshDb();
    const { result } = renderHook(() =>
      useLive(async () => {
        await db.users.count();
        throw new Error('broken');
      }, []),
    );
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.data).toBeUndefined();
    expect(result.current.error).toBeInstanceOf(Error);
    expect((result.current.error as Error).message).toBe('broken');
  });

  it('while disabled reads nothing and is not loading', async () => {
    const db = freshDb();
    let runs = 0;
    const { result, rerender } = renderHook(
      ({ on }) =>
        useLive(
          () => {
            runs++;
            return db.users.count();
          },
          [],
          on,
        ),
      {
        initialProps: { on: false },
      },
    );
    expect(result.current).toEqual({ data: undefined, error: null, isLoading: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
    rerender({ on: true });
    // Switched on: loading at once, not a render of "no data, not loading" first.
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.data).toBe(0));
  });

  it('does not show the answer to the previous question after the deps change', async () => {
    const db = freshDb();
    await db.users.bulkAdd([
      { id: 'a', name: 'A', role: 'clerk', active: true, password: PW },
      { id: 'b', name: 'B', role: 'akim', active: true, password: PW },
    ]);
    const { result, rerender } = renderHook(({ id }) => useLive(() => db.users.get(id), [id]), { initialProps: { id: 'a' } });
    await waitFor(() => expect(result.current.data?.name).toBe('A'));
    rerender({ id: 'b' });
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.data?.name).toBe('B'));
  });

  it('keeps the last answer on screen while the minute turning over reads again', async () => {
    const db = freshDb();
    await db.users.add({ id: 'a', name: 'A', role: 'clerk', active: true, password: PW });
    const { result, rerender } = renderHook(({ now }) => useLiveAt(async () => `${await db.users.count()} at ${now}`, [], now), {
      initialProps: { now: '2026-11-30T09:59' },
    });
    await waitFor(() => expect(result.current.data).toBe('1 at 2026-11-30T09:59'));
    rerender({ now: '2026-11-30T10:00' });
    // Not "loading": the screen under it stays mounted with the last answer.
    expect(result.current).toEqual({ data: '1 at 2026-11-30T09:59', error: null, isLoading: false });
    await waitFor(() => expect(result.current.data).toBe('1 at 2026-11-30T10:00'));
  });

  it('still shows loading, not the previous answer, when the question itself changes', async () => {
    const db = freshDb();
    await db.users.bulkAdd([
      { id: 'a', name: 'A', role: 'clerk', active: true, password: PW },
      { id: 'b', name: 'B', role: 'akim', active: true, password: PW },
    ]);
    const { result, rerender } = renderHook(({ id, now }) => useLiveAt(() => db.users.get(id), [id], now), {
      initialProps: { id: 'a', now: '2026-11-30T09:59' },
    });
    await waitFor(() => expect(result.current.data?.name).toBe('A'));
    rerender({ id: 'b', now: '2026-11-30T10:00' });
    expect(result.current.isLoading).toBe(true);
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.data?.name).toBe('B'));
  });
});
