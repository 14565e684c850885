import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../case/events';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { advanceCursor, clockSkewWarning, interpretPush, nextBatch, nextRetryDelay } from './client-core';
import { PROTOCOL_VERSION } from './protocol';

function deviceEvents(count: number, device = '0101-A'): CaseEvent[] {
  let seq = 0;
  const caseId = newCaseId();
  const source = { caseId, device, office: '0101', nextSeq: () => ++seq };
  return [
    registeredEvent(source),
    ...Array.from({ length: count - 1 }, () => makeEvent(source, 'consentRecorded', { signedBy: 'Айгүл' }) as CaseEvent),
  ];
}

describe('nextBatch', () => {
  it("takes this device's events in seq order, stops at a hole and at the caps", () => {
    const events = deviceEvents(10);
    const shuffled = [...events].reverse().map((event) => ({ event }));
    expect(nextBatch(shuffled, '0101-A', { maxEvents: 4 }).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    const withHole = shuffled.filter(({ event }) => event.seq !== 6);
    expect(nextBatch(withHole, '0101-A').map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    const bytes = (e: CaseEvent) => new TextEncoder().encode(JSON.stringify(e)).length;
    expect(nextBatch(shuffled, '0101-A', { maxBytes: bytes(events[0]) + bytes(events[1]) * 2 + 10 }).length).toBe(3);
    expect(nextBatch(shuffled, '0101-B')).toEqual([]);
  });

  it('still sends one event that is bigger than the size cap, so the server can name it', () => {
    expect(
      nextBatch(
        deviceEvents(2).map((event) => ({ event })),
        '0101-A',
        { maxBytes: 10 },
      ),
    ).toHaveLength(1);
  });
});

describe('nextRetryDelay', () => {
  it('grows exponentially under the cap with full jitter', () => {
    expect(nextRetryDelay(0, { random: () => 0.999 })).toBe(999);
    expect(nextRetryDelay(3, { random: () => 0.5 })).toBe(4000);
    expect(nextRetryDelay(30, { random: () => 0.5, capMs: 60_000 })).toBe(30_000);
    expect(nextRetryDelay(5, { random: () => 0 })).toBe(0);
  });
});

describe('interpretPush', () => {
  const batch = deviceEvents(3);

  it('marks acknowledged events sent and keeps unacknowledged ones pending', () => {
    const body = {
      protocol: PROTOCOL_VERSION,
      serverTime: '2026-11-23T05:00:00Z',
      clockSkewMs: 12,
      accepted: [
        { id: batch[0].id, serverSeq: 7, status: 'stored' },
        { id: batch[1].id, serverSeq: 8, status: 'duplicate' },
      ],
    };
    const outcome = interpretPush(batch, { kind: 'response', status: 200, body });
    expect(outcome.states.get(batch[0].id)).toEqual({ state: 'sent', serverSeq: 7 });
    expect(outcome.states.get(batch[2].id)).toEqual({ state: 'pending' });
    expect(outcome.retry).toEqual({ kind: 'continue' });
  });

  it('keeps everything pending and backs off on a network failure, a 5xx, a gap or a 429', () => {
    expect(interpretPush(batch, { kind: 'networkError', message: 'ECONNRESET' }).retry.kind).toBe('backoff');
    expect(interpretPush(batch, { kind: 'response', status: 502, body: 'Bad Gateway' }).states.get(batch[0].id)?.state).toBe('pending');
    const gap = interpretPush(batch, {
      kind: 'response',
      status: 409,
      body: { code: 'seqGap', message: { kk: 'к', ru: 'р' }, expectedSeq: 1, events: [] },
    });
    expect(gap.retry.kind).toBe('backoff');
    const limited = interpretPush(batch, {
      kind: 'response',
      status: 429,
      retryAfterSeconds: 7,
      body: { code: 'rateLimited', message: { kk: 'к', ru: 'р' } },
    });
    expect(limited.retry).toEqual({ kind: 'backoff', minDelayMs: 7000 });
  });

  it('gives the refused event its reason and leaves the rest pending', () => {
    const reason = { kk: 'Іс комиссияға жіберілмеген', ru: 'Дело не направлено в комиссию' };
    const body = {
      code: 'eventRejected',
      message: { kk: 'к', ru: 'р' },
      events: [
        { id: batch[0].id, state: 'notApplied' },
        { id: batch[1].id, state: 'refused', code: 'notAtCommission', reason },
        { id: batch[2].id, state: 'notApplied' },
      ],
    };
    const outcome = interpretPush(batch, { kind: 'response', status: 422, body });
    expect(outcome.states.get(batch[1].id)).toEqual({ state: 'error', code: 'notAtCommission', reason });
    expect(outcome.states.get(batch[2].id)?.state).toBe('pending');
    expect(outcome.retry.kind).toBe('stop');
  });

  it('stops with the reason on every event when the device is revoked', () => {
    const message = { kk: 'өшірілген', ru: 'отключено' };
    const outcome = interpretPush(batch, { kind: 'response', status: 401, body: { code: 'deviceRevoked', message } });
    expect(outcome.retry).toEqual({ kind: 'stop', code: 'deviceRevoked', message });
    expect([...outcome.states.values()].every((s) => s.state === 'error')).toBe(true);
  });
});

describe('advanceCursor and clock warnings', () => {
  const page = (cursor: number, more: boolean) => ({
    protocol: 1,
    events: [],
    publications: [],
    cursor,
    more,
    serverTime: '2026-11-23T05:00:00Z',
  });

  it('moves the cursor forward only, and rejects a malformed page', () => {
    expect(advanceCursor(10, page(25, true))).toEqual({ cursor: 25, more: true });
    expect(advanceCursor(30, page(25, false))).toEqual({ cursor: 30, more: false });
    expect(advanceCursor(0, { cursor: 'x' })).toHaveProperty('error');
  });

  it('warns about a clock days off, not about a few seconds', () => {
    expect(clockSkewWarning(3 * 86_400_000)?.ru).toContain('4320 мин');
    expect(clockSkewWarning(-20_000)).toBeNull();
    expect(clockSkewWarning(null)).toBeNull();
  });
});
