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

/** Limits of the same kinds as EVENT_BOUNDS (tests and tools try others). */
export type EventBounds = { readonly [K in keyof typeof EVENT_BOUNDS]: number };

/** The first limit an event (as received, before validation) breaks, or ok. */
export function checkEventBounds(raw: unknown, bounds: EventBounds = EVENT_BOUNDS): { ok: true } | BoundsProblem {
  const path: string[] = [];
  const message = walk(raw, 0, bounds, path);
  return message === null ? OK : { ok: false, field: path.join('.') || '(event)', message };
}

const OK = { ok: true } as const;

/**
 * The walk behind checkEventBounds: the problem's message (its path left in `path`) or null. Recursive,
 * yet no nesting can exhaust the stack: it never goes below maxDepth. It visits the nodes in the order
 * a stack would (each node, then its children from the last to the first), so the problem it names is
 * the one the earlier iterative walk named (bounds-walk.test.ts compares them); it allocates nothing
 * for an event that breaks no limit.
 */
function walk(value: unknown, depth: number, bounds: EventBounds, path: string[]): string | null {
  if (typeof value === 'string') {
    if (value.length > bounds.maxString) return `longer than ${bounds.maxString} characters`;
    if (value.includes('\u0000')) return 'holds a NUL character';
    return null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'not a finite number';
  if (value === null || typeof value !== 'object') return null;
  if (depth >= bounds.maxDepth) return `nested deeper than ${bounds.maxDepth} levels`;
  if (Array.isArray(value)) {
    if (value.length > bounds.maxArray) return `more than ${bounds.maxArray} items`;
    for (let i = value.length - 1; i >= 0; i--) {
      const problem = walk(value[i], depth + 1, bounds, path);
      if (problem !== null) {
        path.unshift(String(i));
        return problem;
      }
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > bounds.maxKeys) return `more than ${bounds.maxKeys} keys`;
  for (const key of keys) if (key.includes('\u0000') || key.length > 100) return 'has an invalid key';
  for (let i = keys.length - 1; i >= 0; i--) {
    const problem = walk((value as Record<string, unknown>)[keys[i]], depth + 1, bounds, path);
    if (problem !== null) {
      path.unshift(keys[i]);
      return problem;
    }
  }
  return null;
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
): { ok: true; body: string } | BoundsProblem {
  const body = JSON.stringify(event);
  if (body.length > bounds.maxJson) return { ok: false, field: '(event)', message: `larger than ${bounds.maxJson} characters of JSON` };
  // What came from JSON and validated to an equal value comes back from storage as itself (validation
  // is a function of the value, key order aside): no second validation needed.
  if (received !== undefined && sameJsonValue(received, event)) return { ok: true, body };
  const again = validate(JSON.parse(body));
  if (!again.ok || JSON.stringify(again.event) !== body)
    return { ok: false, field: '(event)', message: 'does not survive storage unchanged' };
  return { ok: true, body };
}

/**
 * Whether two JSON-like values are equal, key order aside, with the same own keys
 * (a `__proto__` key a copy lost is a difference). Iterative: no nesting can exhaust the stack.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  // Two stacks side by side, not a pair per value: nothing allocated per node.
  const xs: unknown[] = [a];
  const ys: unknown[] = [b];
  while (xs.length > 0) {
    const x = xs.pop();
    const y = ys.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const xKeys = Object.keys(x);
    if (xKeys.length !== Object.keys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key)) return false;
      xs.push((x as Record<string, unknown>)[key]);
      ys.push((y as Record<string, unknown>)[key]);
    }
  }
  return true;
}
