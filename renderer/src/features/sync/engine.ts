// One sync run: upload the files the waiting events name, push the outbox in
// per-device seq order, pull everything new, then report how the PC is doing
// (features/diagnostics/report.ts). The run's outcome goes into the
// status row (last success, last problem, backoff), which the panel and the
// header badge read. SyncLoop repeats runs in the background.
import { interpretPush, nextBatch, nextCursor, nextRetryDelay, parsePullPage, type TransportResult } from '@shared/sync/client-core';
import { syncErrorMessage } from '@shared/sync/messages';
import { MAX_PULL_LIMIT, PROTOCOL_VERSION } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { collectDiagnostics, sendReport } from '@renderer/features/diagnostics/report';
import { describeFailure, type Failure } from './errors';
import { httpRequest, type FetchLike } from './http';
import { pendingEvents, recordPushStates } from './outbox';
import { applyPulledPage, streamsHeld } from './pull-apply';
import { followEpoch, MAX_RECOVERIES_PER_RUN } from './recovery';
import { loadIdentity, loadStatus, updateStatus, type DeviceIdentity, type SyncProblem } from './state';
import { queueUploads, sendUploads, tusUpload, type UploadFn } from './uploads';

/** Where a run is: files uploaded of those waiting, events sent of those waiting, events received so far; null once it ends. */
export type SyncProgress = { phase: 'upload' | 'push'; done: number; total: number } | { phase: 'pull'; done: number };

export interface SyncDeps {
  db: AkimatDb;
  fetch?: FetchLike;
  upload?: UploadFn;
  now?: () => Date;
  random?: () => number;
  onProgress?: (progress: SyncProgress | null) => void;
}

export type RunResult =
  | { kind: 'notEnrolled' }
  | { kind: 'stopped'; problem: SyncProblem }
  | { kind: 'ok'; pushed: number; pulled: number }
  | { kind: 'failed'; failure: Failure; delayMs: number };

/** The shortest wait between failed runs: full jitter may draw zero. */
export const MIN_RETRY_MS = 500;
export const BACKOFF = { baseMs: 2000, capMs: 5 * 60_000 };

interface Progress {
  pushed: number;
  pulled: number;
  clockSkewMs: number | null;
  /** Recoveries after a server restore in this run (recovery.ts): bounded, so a run always ends. */
  recoveries: number;
}

const recoveryFailure = (result: TransportResult): Failure =>
  result.kind === 'response' && result.status === 200
    ? { code: 'seqGap', message: syncErrorMessage('seqGap'), offline: false, fatal: false }
    : describeFailure(result);

async function push(
  deps: Required<SyncDeps>,
  identity: DeviceIdentity,
  progress: Progress,
): Promise<{ failure: Failure; minDelayMs?: number } | null> {
  const { db } = deps;
  // A refused event holds back the device's later ones (no gaps in seq): wait for a person.
  if ((await db.outbox.where('state').equals('error').count()) > 0) return null;
  for (;;) {
    const waiting = await pendingEvents(db);
    const batch = nextBatch(
      waiting.map((event) => ({ event })),
      identity.deviceId,
    );
    if (batch.length === 0) return null;
    deps.onProgress({ phase: 'push', done: progress.pushed, total: progress.pushed + waiting.length });
    const result = await httpRequest(deps.fetch, identity.serverUrl, 'POST', '/push', identity.token, {
      protocol: PROTOCOL_VERSION,
      deviceId: identity.deviceId,
      sentAt: deps.now().toISOString(),
      events: batch,
      diagnostics: await collectDiagnostics(db),
    });
    const outcome = interpretPush(batch, result);
    const fatal = outcome.retry.kind === 'stop' && describeFailure(result).fatal;
    // The server's epoch first: a restore puts sent events back in the outbox (from its expectedSeq).
    const { check } = await followEpoch(db, identity.deviceId, result);
    // A revoked or unknown device: its events are not wrong, they stay waiting on this PC.
    await recordPushStates(db, fatal ? new Map([...outcome.states].filter(([, s]) => s.state === 'sent')) : outcome.states, check.epoch);
    if (check.kind === 'recover') {
      // Resend at once what the server lost; never a backoff that cannot end.
      if (++progress.recoveries > MAX_RECOVERIES_PER_RUN) return { failure: recoveryFailure(result) };
      continue;
    }
    if (outcome.clockSkewMs !== null) progress.clockSkewMs = outcome.clockSkewMs;
    const sent = [...outcome.states.values()].filter((s) => s.state === 'sent').length;
    progress.pushed += sent;
    deps.onProgress({ phase: 'push', done: progress.pushed, total: progress.pushed + waiting.length - sent });
    if (outcome.retry.kind === 'continue' && sent > 0) continue;
    if (outcome.retry.kind === 'stop') {
      const failure = describeFailure(result);
      // Refused events are marked; the run goes on to pull, the panel shows them.
      return failure.fatal ? { failure } : null;
    }
    return { failure: describeFailure(result), minDelayMs: outcome.retry.kind === 'backoff' ? outcome.retry.minDelayMs : undefined };
  }
}

/** Pulls to the end; 'recovered' when the server's answer showed a restore (push again, then pull again). */
async function pull(deps: Required<SyncDeps>, identity: DeviceIdentity, progress: Progress): Promise<Failure | 'recovered' | null> {
  const { db } = deps;
  // The largest page the server gives: a first sync of a big office is fewer transactions and round trips.
  const fetchPage = (cursor: number) => {
    const path = `/pull?cursor=${cursor}&limit=${MAX_PULL_LIMIT}`;
    return httpRequest(deps.fetch, identity.serverUrl, 'GET', path, identity.token).then((result) => ({
      cursor,
      result,
      parsed: result.kind === 'response' && result.status === 200 ? parsePullPage(result.body) : null,
    }));
  };
  let ahead: ReturnType<typeof fetchPage> | null = null;
  const held = await streamsHeld(db);
  for (;;) {
    const { cursor } = await loadStatus(db);
    // The next page was asked for while this PC wrote the last one; it counts only if it starts where the cursor is.
    const fetched = ahead && (await ahead).cursor === cursor ? await ahead : await fetchPage(cursor);
    ahead = null;
    const { result, parsed } = fetched;
    if (result.kind === 'networkError' || result.status !== 200 || !parsed) return describeFailure(result);
    const { check } = await followEpoch(db, identity.deviceId, result);
    if (check.kind === 'recover') return ++progress.recoveries > MAX_RECOVERIES_PER_RUN ? recoveryFailure(result) : 'recovered';
    if ('page' in parsed) {
      const step = nextCursor(cursor, parsed.page);
      if (step.more) ahead = fetchPage(step.cursor);
    }
    const applied = await applyPulledPage(db, result.body, parsed, held);
    if (!applied.ok) return { code: 'badRequest', message: applied.error, offline: false, fatal: false };
    progress.pulled += applied.added;
    deps.onProgress({ phase: 'pull', done: progress.pulled });
    if (progress.clockSkewMs === null) progress.clockSkewMs = deps.now().getTime() - Date.parse(applied.serverTime);
    if (!applied.more) return null;
  }
}

/** One full run; never throws for server or link problems, they are recorded in the status row. */
export async function syncOnce(input: SyncDeps): Promise<RunResult> {
  const deps: Required<SyncDeps> = {
    fetch: (i, init) => fetch(i, init),
    upload: tusUpload,
    now: () => new Date(),
    random: Math.random,
    onProgress: () => undefined,
    ...input,
  };
  try {
    return await runOnce(deps);
  } finally {
    deps.onProgress(null);
  }
}

async function runOnce(deps: Required<SyncDeps>): Promise<RunResult> {
  const { db } = deps;
  const identity = await loadIdentity(db);
  if (!identity) return { kind: 'notEnrolled' };
  const status = await loadStatus(db);
  if (status.stopped) return { kind: 'stopped', problem: status.stopped };

  const progress: Progress = { pushed: 0, pulled: 0, clockSkewMs: null, recoveries: 0 };
  let problem: { failure: Failure; minDelayMs?: number } | null = null;
  await queueUploads(db, await pendingEvents(db));
  const uploadFailure = await sendUploads(db, identity, deps.upload, deps.fetch, (done, total) =>
    deps.onProgress({ phase: 'upload', done, total }),
  );
  if (uploadFailure) problem = { failure: uploadFailure };
  while (!problem) {
    problem = await push(deps, identity, progress);
    if (problem) break;
    const pulled = await pull(deps, identity, progress);
    // A pull that met a new epoch requeued sent events and reset the cursor: push them, pull again.
    if (pulled !== 'recovered') {
      if (pulled) problem = { failure: pulled };
      break;
    }
  }

  const now = deps.now();
  const at = now.toISOString();
  if (!problem) {
    await updateStatus(db, {
      lastAttemptAt: at,
      lastSuccessAt: at,
      lastProblem: undefined,
      failures: 0,
      nextAttemptAt: undefined,
      reachable: true,
      clockSkewMs: progress.clockSkewMs,
    });
    // How this PC is doing, after the run (what still waits), even when it had nothing to push; never fails the run.
    await sendReport(db, deps.fetch, identity, now);
    return { kind: 'ok', pushed: progress.pushed, pulled: progress.pulled };
  }
  const { failure, minDelayMs } = problem;
  const failures = status.failures + 1;
  const delayMs = Math.max(MIN_RETRY_MS, minDelayMs ?? 0, nextRetryDelay(failures - 1, { ...BACKOFF, random: deps.random }));
  const recorded: SyncProblem = { code: failure.code, message: failure.message, at };
  await updateStatus(db, {
    lastAttemptAt: at,
    lastProblem: recorded,
    failures,
    nextAttemptAt: failure.fatal ? undefined : new Date(now.getTime() + delayMs).toISOString(),
    reachable: !failure.offline,
    ...(failure.fatal ? { stopped: recorded } : {}),
    ...(progress.clockSkewMs !== null ? { clockSkewMs: progress.clockSkewMs } : {}),
  });
  return failure.fatal ? { kind: 'stopped', problem: recorded } : { kind: 'failed', failure, delayMs };
}

/** How often a healthy PC asks the server for news. */
export const POLL_MS = 15_000;

/**
 * Runs syncOnce in the background: at start, every POLL_MS while all is well,
 * after the backoff delay when a run failed, and at once on "sync now" or when
 * the browser says the network is back. One run at a time per PC (Web Locks
 * across windows where the browser has them).
 */
export class SyncLoop {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<RunResult | null> | null = null;
  private again = false;
  private stopped = true;
  private readonly listeners = new Set<() => void>();
  private readonly resultListeners = new Set<(result: RunResult | null) => void>();
  private readonly onOnline = () => void this.kick();

  constructor(private readonly deps: SyncDeps) {}

  get busy(): boolean {
    return this.running !== null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every run with its result. */
  onResult(listener: (result: RunResult | null) => void): () => void {
    this.resultListeners.add(listener);
    return () => this.resultListeners.delete(listener);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    globalThis.addEventListener?.('online', this.onOnline);
    void this.kick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  /** Runs now (or right after the current run) and reschedules. */
  async kick(): Promise<RunResult | null> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.timer);
    this.running = this.runLocked();
    this.notify();
    let result: RunResult | null = null;
    try {
      result = await this.running;
    } finally {
      this.running = null;
      this.notify();
    }
    for (const l of this.resultListeners) l(result);
    if (this.again) {
      this.again = false;
      return this.kick();
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.kick(), result?.kind === 'failed' ? result.delayMs : POLL_MS);
    return result;
  }

  private async runLocked(): Promise<RunResult | null> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    try {
      if (!locks) return await syncOnce(this.deps);
      return await locks.request('akimat-sync', { ifAvailable: true }, async (lock) => (lock ? syncOnce(this.deps) : null));
    } catch {
      // A storage failure: the banner of the app reports it; the next run tries again.
      return null;
    }
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
