// Function keys move between the main screens without the mouse, by the kind of
// PC: the counter's screens on an akimat PC, the inbox and search on a district
// PC (where F3 would open an intake the department does not do).
import type { Route } from './router';

export type FunctionKeys = Partial<Record<string, Route['screen']>>;

export const AKIMAT_KEYS: FunctionKeys = { F2: 'today', F3: 'new', F4: 'search', F6: 'register' };
export const DISTRICT_KEYS: FunctionKeys = { F2: 'inbox', F4: 'search' };

export const keysFor = (district: boolean): FunctionKeys => (district ? DISTRICT_KEYS : AKIMAT_KEYS);

/** The key that opens a screen on this kind of PC, to show beside its link. */
export function keyOf(keys: FunctionKeys, screen: Route['screen']): string {
  return Object.entries(keys).find(([, s]) => s === screen)?.[0] ?? '';
}
