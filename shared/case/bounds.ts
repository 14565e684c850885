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

interface Node {
  value: unknown;
  depth: number;
  parent: Node | null;
  key: string;
}

/** The dotted path of a node, built only when a limit is broken (most events break none). */
const pathOf = (node: Node): string => {
  const keys: string[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join('.') || '(event)';
};

/** The first limit an event (as received, before validation) breaks, or ok. */
export function checkEventBounds(raw: unknown, bounds = EVENT_BOUNDS): { ok: true } | BoundsProblem {
  // Iterative, so no nesting can exhaust the stack.
  const stack: Node[] = [{ value: raw, depth: 0, parent: null, key: '' }];
  const fail = (node: Node, message: string): BoundsProblem => ({ ok: false, field: pathOf(node), message });
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value, depth } = node;
    if (typeof value === 'string') {
      if (value.length > bounds.maxString) return fail(node, `longer than ${bounds.maxString} characters`);
      if (value.includes('\u0000')) return fail(node, 'holds a NUL character');
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return fail(node, 'not a finite number');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= bounds.maxDepth) return fail(node, `nested deeper than ${bounds.maxDepth} levels`);
      if (Array.isArray(value)) {
        if (value.length > bounds.maxArray) return fail(node, `more than ${bounds.maxArray} items`);
        for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1, parent: node, key: String(i) });
      } else {
        const keys = Object.keys(value);
        if (keys.length > bounds.maxKeys) return fail(node, `more than ${bounds.maxKeys} keys`);
        for (const key of keys) {
          if (key.includes('\u0000') || key.length > 100) return fail(node, 'has an invalid key');
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: node, key });
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
 * (a `__proto__` key a copy lost is a difference). Iterative, like the bounds walk.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  const pairs: [unknown, unknown][] = [[a, b]];
  while (pairs.length > 0) {
    const [x, y] = pairs.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const xKeys = Object.keys(x);
    if (xKeys.length !== Object.keys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key)) return false;
      pairs.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
