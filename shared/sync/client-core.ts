// The transport-independent part of a sync client: which outbox events go next,
// how long to wait before retrying, what a server answer means for each event,
// and how the pull cursor advances. No I/O: the renderer and the Node test
// client both drive these functions.
import type { CaseEvent } from '../case/events';
import { syncErrorMessage } from './messages';
import { type Bilingual, ErrorBody, MAX_PUSH_EVENTS, PullResponse, PushResponse, RefusedBatch, type SyncErrorCode } from './protocol';

// ---------- batching ----------

export interface OutboxItem {
  event: CaseEvent;
}

export interface BatchLimits {
  maxEvents?: number;
  /** Bytes of JSON; keep well under the server's 2 MB body limit. */
  maxBytes?: number;
}

export const DEFAULT_BATCH_BYTES = 1_500_000;

/**
 * The next batch to push for one device: its pending events in seq order,
 * contiguous from the lowest one (a hole would only earn a 'seqGap'), capped by
 * count and size. A single event larger than maxBytes still goes alone, so the
 * server's 413 names it rather than the queue stalling silently.
 */
export function nextBatch(outbox: readonly OutboxItem[], deviceId: string, limits: BatchLimits = {}): CaseEvent[] {
  const maxEvents = Math.min(limits.maxEvents ?? MAX_PUSH_EVENTS, MAX_PUSH_EVENTS);
  const maxBytes = limits.maxBytes ?? DEFAULT_BATCH_BYTES;
  const mine = outbox
    .map((o) => o.event)
    .filter((e) => e.device === deviceId)
    .sort((a, b) => a.seq - b.seq);
  const batch: CaseEvent[] = [];
  let bytes = 0;
  for (const event of mine) {
    const previous = batch[batch.length - 1];
    if (previous && event.seq !== previous.seq + 1) break;
    const size = jsonSize(event);
    if (batch.length > 0 && (batch.length >= maxEvents || bytes + size > maxBytes)) break;
    batch.push(event);
    bytes += size;
  }
  return batch;
}

function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

// ---------- retry timing ----------

export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** Injectable for tests; returns [0, 1). */
  random?: () => number;
}

/** Exponential backoff with full jitter: a uniform wait in [0, min(cap, base·2^attempt)). */
export function nextRetryDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 1000;
  const cap = options.capMs ?? 5 * 60_000;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

// ---------- interpreting answers ----------

export type EventSyncState =
  | { state: 'sent'; serverSeq: number }
  | { state: 'pending'; note?: Bilingual }
  | { state: 'error'; code: string; reason: Bilingual };

/** What the transport saw: an HTTP answer, or no answer at all. */
export type TransportResult =
  | { kind: 'response'; status: number; body: unknown; retryAfterSeconds?: number }
  | { kind: 'networkError'; message: string };

export type RetryAdvice =
  | { kind: 'none' }
  /** Push the next batch straight away (this one went through). */
  | { kind: 'continue' }
  | { kind: 'backoff'; minDelayMs?: number }
  /** Nothing will change until a person acts (revoked device, refused event). */
  | { kind: 'stop'; code: SyncErrorCode; message: Bilingual };

export interface PushOutcome {
  states: Map<string, EventSyncState>;
  retry: RetryAdvice;
  clockSkewMs: number | null;
  serverTime?: string;
}

const NETWORK_NOTE: Bilingual = {
  kk: 'Серверге қосылу жоқ, кейін қайталанады',
  ru: 'Нет связи с сервером, будет повторено позже',
};

/** Turns the answer to one push into a state per event and advice on what to do next. */
export function interpretPush(batch: readonly CaseEvent[], result: TransportResult): PushOutcome {
  const states = new Map<string, EventSyncState>();
  const allPending = (note?: Bilingual) => {
    for (const e of batch) states.set(e.id, { state: 'pending', note });
  };

  if (result.kind === 'networkError') {
    allPending(NETWORK_NOTE);
    return { states, retry: { kind: 'backoff' }, clockSkewMs: null };
  }
  const { status, body } = result;
  if (status === 200) {
    const ok = PushResponse.safeParse(body);
    if (ok.success) {
      for (const ack of ok.data.accepted) states.set(ack.id, { state: 'sent', serverSeq: ack.serverSeq });
      // An event missing from the acknowledgement was not stored: never report success early.
      for (const e of batch) if (!states.has(e.id)) states.set(e.id, { state: 'pending' });
      return { states, retry: { kind: 'continue' }, clockSkewMs: ok.data.clockSkewMs, serverTime: ok.data.serverTime };
    }
  }
  const error = ErrorBody.safeParse(body);
  if (!error.success || status >= 500) {
    allPending(error.success ? error.data.message : syncErrorMessage('internal'));
    return { states, retry: { kind: 'backoff' }, clockSkewMs: null };
  }
  const { code, message } = error.data;
  if (status === 429) {
    allPending(message);
    return { states, retry: { kind: 'backoff', minDelayMs: (result.retryAfterSeconds ?? 1) * 1000 }, clockSkewMs: null };
  }
  if (code === 'seqGap') {
    // Earlier events of this device have not reached the server yet; they go first.
    allPending(message);
    return { states, retry: { kind: 'backoff' }, clockSkewMs: null };
  }
  const refused = RefusedBatch.safeParse(body);
  if (refused.success && refused.data.events.length > 0) {
    for (const verdict of refused.data.events) {
      states.set(
        verdict.id,
        verdict.state === 'refused'
          ? { state: 'error', code: verdict.code ?? code, reason: verdict.reason ?? message }
          : { state: 'pending', note: message },
      );
    }
    for (const e of batch) if (!states.has(e.id)) states.set(e.id, { state: 'pending', note: message });
  } else {
    // The whole request was refused (auth, size, protocol): every event carries the reason.
    for (const e of batch) states.set(e.id, { state: 'error', code, reason: message });
  }
  return { states, retry: { kind: 'stop', code, message }, clockSkewMs: null };
}

// ---------- pull cursor ----------

export interface PullStep {
  /** The cursor to store once the page's events are saved locally. */
  cursor: number;
  /** Ask again straight away: the server has more. */
  more: boolean;
}

/** Checks a pull answer and says where the cursor goes; a cursor never moves back. */
export function advanceCursor(current: number, body: unknown): PullStep | { error: Bilingual } {
  const parsed = parsePullPage(body);
  return 'error' in parsed ? parsed : nextCursor(current, parsed.page);
}

/** A pulled page checked once against the protocol, or the message for a page that does not fit it. */
export function parsePullPage(body: unknown): { page: PullResponse } | { error: Bilingual } {
  const parsed = PullResponse.safeParse(body);
  if (!parsed.success) return { error: syncErrorMessage('badRequest', { detail: parsed.error.issues[0]?.message ?? '' }) };
  return { page: parsed.data as PullResponse };
}

/** Where the cursor goes after a page: never back (a page that would move it back ends the pull). */
export function nextCursor(current: number, page: Pick<PullResponse, 'cursor' | 'more'>): PullStep {
  if (page.cursor < current) return { cursor: current, more: false };
  return { cursor: page.cursor, more: page.more };
}

// ---------- clock ----------

/** More than this between the device clock and the server clock earns a warning. */
export const CLOCK_SKEW_WARNING_MS = 5 * 60_000;

export const CLOCK_SKEW_TEXT: Bilingual = {
  kk: 'Компьютердің сағаты сервер уақытынан {minutes} минутқа өзгеше. Күн мен уақытты тексеріңіз',
  ru: 'Часы компьютера расходятся с сервером на {minutes} мин. Проверьте дату и время',
};

/** A warning for the sync panel when the device clock is far off, else null. Sync goes on either way. */
export function clockSkewWarning(skewMs: number | null): Bilingual | null {
  if (skewMs === null || Math.abs(skewMs) < CLOCK_SKEW_WARNING_MS) return null;
  const minutes = String(Math.round(Math.abs(skewMs) / 60_000));
  return { kk: CLOCK_SKEW_TEXT.kk.replace('{minutes}', minutes), ru: CLOCK_SKEW_TEXT.ru.replace('{minutes}', minutes) };
}

// ---------- server epoch: recovery after a restore ----------

/**
 * What a device does about the server's epoch after an answer. A new epoch (the
 * server's database was restored, or it found a loss) or a `seqGap` means the
 * server may lack events it once acknowledged: the device resends them and pulls
 * again from cursor 0 (its pulled events are kept by id, so nothing doubles).
 */
export type EpochCheck =
  | { kind: 'same'; epoch: string | null }
  | {
      kind: 'recover';
      /** The epoch to remember from now on. */
      epoch: string | null;
      /** The server's expectedSeq when it named one; else 'lastSent': resend the last sent event as a probe. */
      resendFrom: number | 'lastSent';
      /** Always: the server's numbers may have gone back, so the pull starts again at 0. */
      cursor: 0;
    };

/** The epoch an answer (push, pull, refused push) carries, if it carries one. */
export function answerEpoch(body: unknown): string | undefined {
  const epoch = (body as { epoch?: unknown } | null)?.epoch;
  return typeof epoch === 'string' && epoch.length > 0 ? epoch : undefined;
}

/** Compares an answer with the epoch the device knows (null before its first answer: adopted, nothing to do). */
export function checkEpoch(known: string | null, result: TransportResult): EpochCheck {
  if (result.kind !== 'response') return { kind: 'same', epoch: known };
  const epoch = answerEpoch(result.body) ?? known;
  const body = result.body as { code?: unknown; expectedSeq?: unknown } | null;
  if (body?.code === 'seqGap' && typeof body.expectedSeq === 'number') {
    return { kind: 'recover', epoch, resendFrom: body.expectedSeq, cursor: 0 };
  }
  if (known !== null && epoch !== known) return { kind: 'recover', epoch, resendFrom: 'lastSent', cursor: 0 };
  return { kind: 'same', epoch };
}

/** An event the server acknowledged, kept with the epoch it was acknowledged in. */
export interface SentEvent {
  event: CaseEvent;
  epoch: string | null;
}

/**
 * The device's sent events to put back in its outbox. From a number: every one
 * from that seq on. 'lastSent': only the newest, unless the current epoch has it
 * already; the server keeps each device's seq gapless, so if it has that one it
 * has all before it, and if not its seqGap names where to resend from.
 */
export function eventsToResend(sent: readonly SentEvent[], deviceId: string, epoch: string | null, from: number | 'lastSent'): CaseEvent[] {
  const mine = sent.filter((s) => s.event.device === deviceId).sort((a, b) => a.event.seq - b.event.seq);
  if (from !== 'lastSent') return mine.filter((s) => s.event.seq >= from).map((s) => s.event);
  const last = mine[mine.length - 1];
  return last && last.epoch !== epoch ? [last.event] : [];
}

/** Sent events the server has in the current epoch: acknowledging seq N there confirms every seq up to N. */
export function confirmedInEpoch(sent: readonly SentEvent[], deviceId: string, epoch: string | null): Set<string> {
  const mine = sent.filter((s) => s.event.device === deviceId);
  const top = Math.max(0, ...mine.filter((s) => s.epoch === epoch).map((s) => s.event.seq));
  return new Set(mine.filter((s) => s.event.seq <= top).map((s) => s.event.id));
}
