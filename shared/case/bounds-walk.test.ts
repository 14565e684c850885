// checkEventBounds walks an event recursively (bounded by maxDepth, allocating nothing
// for a good event); this keeps the earlier iterative walk as the reference and shows
// both name the same first problem, on real events and on hostile ones.
import { describe, expect, it } from 'vitest';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { testConclusion, testInspectionAct } from '../testing/commission-act';
import { type BoundsProblem, checkEventBounds, EVENT_BOUNDS, type EventBounds } from './bounds';

interface Node {
  value: unknown;
  depth: number;
  parent: Node | null;
  key: string;
}

/** The iterative walk checkEventBounds used before (an explicit stack, a node object per value). */
function referenceBounds(raw: unknown, bounds: EventBounds = EVENT_BOUNDS): { ok: true } | BoundsProblem {
  const pathOf = (node: Node): string => {
    const keys: string[] = [];
    for (let n: Node | null = node; n?.parent; n = n.parent) keys.push(n.key);
    return keys.reverse().join('.') || '(event)';
  };
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

/** A small deterministic generator (no flaky seeds). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A hostile JSON-like value: deep, wide, long, with NULs, bad keys and numbers JSON cannot carry, several at once. */
function hostile(next: () => number, depth = 0): unknown {
  const r = next();
  // Now and then a chain deeper than the limit, with a problem or none at its end.
  if (r > 0.97) {
    let chain: unknown = hostile(next, 99);
    for (let i = 0; i < EVENT_BOUNDS.maxDepth + 2; i++) chain = next() < 0.5 ? [chain] : { c: chain };
    return chain;
  }
  if (depth > 5 || r < 0.3) {
    const leaves = [
      'ok',
      'x'.repeat(EVENT_BOUNDS.maxString + 1),
      'a\u0000b',
      1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      true,
      'ә'.repeat(10),
    ];
    return leaves[Math.floor(next() * leaves.length)];
  }
  if (r < 0.55) {
    const length = next() < 0.05 ? EVENT_BOUNDS.maxArray + 1 : Math.floor(next() * 4);
    return Array.from({ length }, () => (length > 100 ? 0 : hostile(next, depth + 1)));
  }
  const object: Record<string, unknown> = {};
  const count = next() < 0.05 ? EVENT_BOUNDS.maxKeys + 1 : Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const key = next() < 0.05 ? (next() < 0.5 ? `k\u0000${i}` : 'k'.repeat(101)) : next() < 0.05 ? '__proto__' : `k${i}`;
    Object.defineProperty(object, key, { value: count > 100 ? 0 : hostile(next, depth + 1), enumerable: true, writable: true });
  }
  return object;
}

describe('the bounds walk', () => {
  it('names the same first problem as the iterative walk, on real events and on thousands of hostile ones', () => {
    const src = { caseId: newCaseId() };
    const real = [
      registeredEvent(src),
      makeEvent(src, 'inspectionRecorded', testInspectionAct()),
      makeEvent(src, 'conclusionAdopted', testConclusion()),
    ];
    for (const event of real) expect(checkEventBounds(event)).toEqual(referenceBounds(event));
    const next = random(12);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const value = i % 3 === 0 ? { ...real[i % real.length], payload: hostile(next) } : hostile(next);
      const expected = referenceBounds(value);
      if (!expected.ok) refused++;
      expect(checkEventBounds(value)).toEqual(expected);
      // JSON's own copy of it (a `__proto__` key stays an own key) is judged the same too.
      const json = JSON.stringify(value);
      if (json !== undefined) expect(checkEventBounds(JSON.parse(json))).toEqual(referenceBounds(JSON.parse(json)));
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('goes no deeper than the limit, whatever the nesting (no stack to exhaust)', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 300_000; i++) deep = i % 2 ? { a: deep } : [deep];
    expect(checkEventBounds(deep)).toEqual(referenceBounds(deep));
    expect(checkEventBounds(deep, { ...EVENT_BOUNDS, maxDepth: 1000 })).toEqual(referenceBounds(deep, { ...EVENT_BOUNDS, maxDepth: 1000 }));
  });
});
