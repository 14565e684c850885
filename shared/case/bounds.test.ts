import { describe, expect, it } from 'vitest';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { testConclusion, testInspectionAct } from '../testing/commission-act';
import { checkEventBounds, checkServable, sameJsonValue } from './bounds';
import { validateEvent } from './events';

describe('event bounds', () => {
  const src = { caseId: newCaseId() };

  it('lets the real events through', () => {
    for (const event of [
      registeredEvent(src),
      makeEvent(src, 'inspectionRecorded', testInspectionAct()),
      makeEvent(src, 'conclusionAdopted', testConclusion()),
    ]) {
      expect(checkEventBounds(event)).toEqual({ ok: true });
      expect(validateEvent(event).ok).toBe(true);
      const valid = validateEvent(event);
      expect(valid.ok && checkServable(valid.event, validateEvent)).toEqual({ ok: true, body: JSON.stringify(valid.ok && valid.event) });
    }
  });

  it('names the field that nests too deep, runs long, holds a NUL or cannot be a number in JSON', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    expect(checkEventBounds({ payload: { x: deep } })).toMatchObject({ ok: false, field: expect.stringMatching(/^payload\.x(\.a)+$/) });
    expect(checkEventBounds({ payload: { s: 'x'.repeat(8001) } })).toMatchObject({ ok: false, field: 'payload.s' });
    expect(checkEventBounds({ payload: { list: new Array(2001).fill(0) } })).toMatchObject({ ok: false, field: 'payload.list' });
    expect(checkEventBounds({ actor: { name: 'A\u0000' } })).toMatchObject({
      ok: false,
      field: 'actor.name',
      message: 'holds a NUL character',
    });
    expect(checkEventBounds({ payload: { amount: Number.POSITIVE_INFINITY } })).toMatchObject({ ok: false, field: 'payload.amount' });
  });

  it('refuses an event it could not serve back: too large, or changed by a trip through JSON', () => {
    const event = makeEvent(src, 'formReprinted', { form: 'talon' });
    const identity = (raw: unknown) => ({ ok: true as const, event: raw as typeof event });
    expect(checkServable({ ...event, payload: { form: 'ә'.repeat(300_000) } }, identity)).toMatchObject({ ok: false, field: '(event)' });
    // A schema that changes what it reads back (here: trims) would store one thing and serve another.
    const trims = (raw: unknown) => {
      const e = raw as typeof event;
      return { ok: true as const, event: { ...e, payload: { form: e.payload.form.trim() } } };
    };
    expect(checkServable({ ...event, payload: { form: ' talon ' } }, trims)).toMatchObject({
      ok: false,
      message: 'does not survive storage unchanged',
    });
    expect(checkServable(event, identity)).toEqual({ ok: true, body: JSON.stringify(event) });
    // Given what was received: the same JSON as the validated event is accepted at once, other JSON is checked in full.
    expect(checkServable(event, trims, undefined, JSON.parse(JSON.stringify(event)))).toEqual({ ok: true, body: JSON.stringify(event) });
    const received = { ...event, payload: { form: ' talon ' } };
    expect(checkServable(trims(received).event, trims, undefined, received)).toMatchObject({ ok: true });
    expect(checkServable({ ...event, payload: { form: ' talon ' } }, trims, undefined, { ...received, extra: 1 })).toMatchObject({
      ok: false,
      message: 'does not survive storage unchanged',
    });
  });

  it('refuses in the act and the conclusion any key the commission screens never write', () => {
    const act = testInspectionAct();
    expect(validateEvent(makeEvent(src, 'inspectionRecorded', { ...act, extra: 1 } as never)).ok).toBe(false);
    expect(validateEvent(makeEvent(src, 'inspectionRecorded', { ...act, housing: { ...act.housing, x: 1 } } as never)).ok).toBe(false);
    expect(validateEvent(makeEvent(src, 'conclusionAdopted', { ...testConclusion(), x: 1 } as never)).ok).toBe(false);
    expect(validateEvent(makeEvent(src, 'inspectionRecorded', { actId: 'act-1' } as never)).ok).toBe(false);
  });

  it('accepts at once an event equal to what was received whatever its key order, and checks in full one that lost a key', () => {
    const event = makeEvent(src, 'formReprinted', { form: 'talon' });
    let validations = 0;
    const counting = (raw: unknown) => {
      validations++;
      return { ok: true as const, event: raw as typeof event };
    };
    const { payload, ...rest } = event;
    const reordered = JSON.parse(JSON.stringify({ payload, ...rest }));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(event));
    expect(checkServable(event, counting, undefined, reordered)).toEqual({ ok: true, body: JSON.stringify(event) });
    expect(validations).toBe(0);
    // A `__proto__` key that JSON carries but a copy drops is a difference: checked in full.
    const received = JSON.parse('{"a":{"__proto__":{"x":1}},"b":[1,"2",null]}');
    expect(sameJsonValue(received, { a: {}, b: [1, '2', null] })).toBe(false);
    expect(sameJsonValue(received, JSON.parse('{"b":[1,"2",null],"a":{"__proto__":{"x":1}}}'))).toBe(true);
    expect(sameJsonValue({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
    expect(sameJsonValue({ b: [1] }, { b: { 0: 1 } })).toBe(false);
    expect(sameJsonValue({ b: 1 }, { b: 1, c: undefined })).toBe(false);
  });
});
