// Limits every pushed event must keep before its schema even looks at it: how
// deep it nests, how long its strings and arrays are, no NUL character (no
// database can store one in text) and no number JSON cannot carry back. The
// sync server checks them at push; a PC can check its own events the same way.

export const EVENT_BOUNDS = {
  /** Objects and arrays inside one event (the deepest real event, a registration's schedule, needs 5). */
  maxDepth: 12,
  /** Characters in one string (a schema may allow fewer). */
  maxString: 8000,
  /** Items in one array. */
  maxArray: 2000,
  /** Keys in one object. */
  maxKeys: 100,
  /** One event as JSON, in UTF-16 code units (a whole inspection act with a year of incomes needs about 100 000). */
  maxJson: 262_144,
} as const;

export type BoundsProblem = { ok: false; field: string; message: string };

/** The first limit an event (as received, before validation) breaks, or ok. */
export function checkEventBounds(raw: unknown, bounds = EVENT_BOUNDS): { ok: true } | BoundsProblem {
  // Iterative, so no nesting can exhaust the stack: [value, path, depth].
  const stack: [unknown, string, number][] = [[raw, '', 0]];
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    const at = path || '(event)';
    if (typeof value === 'string') {
      if (value.length > bounds.maxString) return { ok: false, field: at, message: `longer than ${bounds.maxString} characters` };
      if (value.includes('\u0000')) return { ok: false, field: at, message: 'holds a NUL character' };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { ok: false, field: at, message: 'not a finite number' };
    } else if (value !== null && typeof value === 'object') {
      if (depth >= bounds.maxDepth) return { ok: false, field: at, message: `nested deeper than ${bounds.maxDepth} levels` };
      if (Array.isArray(value)) {
        if (value.length > bounds.maxArray) return { ok: false, field: at, message: `more than ${bounds.maxArray} items` };
        for (const [i, item] of value.entries()) stack.push([item, `${path}${path ? '.' : ''}${i}`, depth + 1]);
      } else {
        const entries = Object.entries(value);
        if (entries.length > bounds.maxKeys) return { ok: false, field: at, message: `more than ${bounds.maxKeys} keys` };
        for (const [key, item] of entries) {
          if (key.includes('\u0000') || key.length > 100) return { ok: false, field: at, message: 'has an invalid key' };
          stack.push([item, `${path}${path ? '.' : ''}${key}`, depth + 1]);
        }
      }
    }
  }
  return { ok: true };
}

/**
 * Whether an accepted event can be stored and served back as it is: small
 * enough, and what JSON keeps of it is the same event again. The server
 * refuses at push anything it could not serve at pull.
 */
export function checkServable<T>(
  event: T,
  validate: (raw: unknown) => { ok: true; event: T } | { ok: false },
  bounds = EVENT_BOUNDS,
  /** The event as received (parsed from JSON), when known: if it serialises to the same JSON, it is the schema's fixed point already. */
  received?: unknown,
): { ok: true } | BoundsProblem {
  const body = JSON.stringify(event);
  if (body.length > bounds.maxJson) return { ok: false, field: '(event)', message: `larger than ${bounds.maxJson} characters of JSON` };
  // What came from JSON and validates to the same JSON comes back from storage as itself: no second validation needed.
  if (received !== undefined && JSON.stringify(received) === body) return { ok: true };
  const again = validate(JSON.parse(body));
  if (!again.ok || JSON.stringify(again.event) !== body)
    return { ok: false, field: '(event)', message: 'does not survive storage unchanged' };
  return { ok: true };
}
