// client-core's recovery after a server restore: when to resend, from where, and the pull cursor.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../case/events';
import { makeEvent, newCaseId, registeredEvent } from '../testing/case-events';
import { answerEpoch, checkEpoch, confirmedInEpoch, eventsToResend, type SentEvent, type TransportResult } from './client-core';

const answer = (status: number, body: unknown): TransportResult => ({ kind: 'response', status, body });
const pullPage = (epoch?: string) => ({ protocol: 1, events: [], publications: [], cursor: 40, more: false, serverTime: 'x', epoch });
const gap = (expectedSeq: number, epoch?: string) => ({ code: 'seqGap', message: { kk: 'к', ru: 'р' }, expectedSeq, events: [], epoch });

function sentEvents(count: number, epochOf: (seq: number) => string | null, device = '0101-A'): SentEvent[] {
  let seq = 0;
  const source = { caseId: newCaseId(), device, office: '0101', nextSeq: () => ++seq };
  const events: CaseEvent[] = [
    registeredEvent(source),
    ...Array.from({ length: count - 1 }, () => makeEvent(source, 'consentRecorded', { signedBy: 'Айгүл' }) as CaseEvent),
  ];
  return events.map((event) => ({ event, epoch: epochOf(event.seq) }));
}

describe('checkEpoch', () => {
  it('adopts the first epoch it meets and stays put while it does not change', () => {
    expect(checkEpoch(null, answer(200, pullPage('E1')))).toEqual({ kind: 'same', epoch: 'E1' });
    expect(checkEpoch('E1', answer(200, pullPage('E1')))).toEqual({ kind: 'same', epoch: 'E1' });
    // A server from before epochs, a network failure, a 500: nothing to conclude.
    expect(checkEpoch('E1', answer(200, pullPage()))).toEqual({ kind: 'same', epoch: 'E1' });
    expect(checkEpoch('E1', { kind: 'networkError', message: 'ECONNRESET' })).toEqual({ kind: 'same', epoch: 'E1' });
    expect(checkEpoch('E1', answer(500, 'oops'))).toEqual({ kind: 'same', epoch: 'E1' });
  });

  it('recovers on a new epoch: probe with the last sent event, pull again from 0', () => {
    expect(checkEpoch('E1', answer(200, pullPage('E2')))).toEqual({ kind: 'recover', epoch: 'E2', resendFrom: 'lastSent', cursor: 0 });
  });

  it("recovers from the server's expectedSeq on a seqGap, in a new epoch or the same one", () => {
    expect(checkEpoch('E1', answer(409, gap(7, 'E2')))).toEqual({ kind: 'recover', epoch: 'E2', resendFrom: 7, cursor: 0 });
    expect(checkEpoch('E1', answer(409, gap(7, 'E1')))).toEqual({ kind: 'recover', epoch: 'E1', resendFrom: 7, cursor: 0 });
    expect(checkEpoch(null, answer(409, gap(3)))).toEqual({ kind: 'recover', epoch: null, resendFrom: 3, cursor: 0 });
  });

  it('reads the epoch of any answer', () => {
    expect(answerEpoch(pullPage('E9'))).toBe('E9');
    expect(answerEpoch({ epoch: '' })).toBeUndefined();
    expect(answerEpoch('text')).toBeUndefined();
    expect(answerEpoch(null)).toBeUndefined();
  });
});

describe('eventsToResend', () => {
  const sent = sentEvents(6, () => 'E1');

  it("puts back every sent event from the server's expectedSeq, in seq order", () => {
    expect(eventsToResend([...sent].reverse(), '0101-A', 'E2', 4).map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(eventsToResend(sent, '0101-B', 'E2', 1)).toEqual([]);
  });

  it('probes with the newest sent event only when the current epoch does not have it yet', () => {
    expect(eventsToResend(sent, '0101-A', 'E2', 'lastSent').map((e) => e.seq)).toEqual([6]);
    const mixed = sentEvents(6, (seq) => (seq > 4 ? 'E2' : 'E1'));
    expect(eventsToResend(mixed, '0101-A', 'E2', 'lastSent')).toEqual([]);
    expect(eventsToResend([], '0101-A', 'E2', 'lastSent')).toEqual([]);
  });

  it('counts everything up to the newest event acknowledged in this epoch as on the server', () => {
    const mixed = sentEvents(6, (seq) => (seq === 3 ? 'E2' : 'E1'));
    const confirmed = confirmedInEpoch(mixed, '0101-A', 'E2');
    expect(mixed.filter((s) => confirmed.has(s.event.id)).map((s) => s.event.seq)).toEqual([1, 2, 3]);
    expect(confirmedInEpoch(mixed, '0101-A', 'E3').size).toBe(0);
  });
});
