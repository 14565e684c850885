import { describe, expect, it } from 'vitest';
import { keyOf, keysFor } from './function-keys';

describe('function keys by the kind of PC', () => {
  it('open the counter’s screens on an akimat PC, and the inbox and search on a district PC, never intake there', () => {
    expect(keysFor(false).F3).toBe('new');
    expect(keysFor(false).F2).toBe('today');
    expect(keysFor(true).F3).toBeUndefined();
    expect(keysFor(true).F2).toBe('inbox');
    expect(keyOf(keysFor(true), 'search')).toBe('F4');
    expect(keyOf(keysFor(true), 'staff')).toBe('');
  });
});
