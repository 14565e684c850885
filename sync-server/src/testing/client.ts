// A tiny fetch-based sync client for tests and the benchmark: enroll, push the
// outbox in batches (client-core decides what and how), pull to the end, upload.
import { readFile } from 'node:fs/promises';
import type { CaseEvent } from '../../../shared/case/events';
import {
  checkEpoch,
  type EpochCheck,
  type EventSyncState,
  eventsToResend,
  interpretPush,
  nextBatch,
  type PushOutcome,
  type SentEvent,
  type TransportResult,
} from '../../../shared/sync/client-core';
import { type EnrollResponse, PROTOCOL_VERSION, type PullResponse } from '../../../shared/sync/protocol';

/**
 * A body the test reads field by field without naming its type (attack tests probe answers the
 * protocol's types do not describe: refusals, error details).
 */
// biome-ignore lint/suspicious/noExplicitAny: a test's look into an answer of any shape
export type AnyBody = any;

/** An HTTP answer with its body parsed from JSON (or the text, when it is not JSON), typed as the caller expects it. */
export interface HttpAnswer<Body = AnyBody> {
  status: number;
  body: Body;
  headers: Headers;
}

export class SyncClient {
  token = '';
  deviceId = '';
  cursor = 0;
  /** Events waiting to be pushed, by id. */
  readonly outbox = new Map<string, CaseEvent>();
  readonly states = new Map<string, EventSyncState>();
  /** Everything pulled, by event id (a pulled duplicate would overwrite, and is counted). */
  readonly pulled = new Map<string, CaseEvent>();
  pulledTotal = 0;
  /** The server epoch last seen; what was sent is kept with the epoch it was acknowledged in. */
  epoch: string | null = null;
  readonly sent = new Map<string, SentEvent>();
  recoveries = 0;

  constructor(public baseUrl: string) {}

  async request<Body = AnyBody>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer<Body>> {
    const sent: Record<string, string> = { ...headers };
    if (this.token) sent.authorization = `Bearer ${this.token}`;
    if (body !== undefined) sent['content-type'] = 'application/json';
    const answer = await this.send(
      method,
      this.baseUrl + path,
      sent,
      body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
    );
    let parsed: unknown = answer.text;
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      /* not JSON */
    }
    return { status: answer.status, body: parsed as Body, headers: answer.headers };
  }

  /** One HTTP exchange, over fetch (bench:sync's fleet overrides it: scripts/bench/light-device.ts). */
  protected async send(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const res = await fetch(url, { method, headers, body });
    return { status: res.status, text: await res.text(), headers: res.headers };
  }

  async enroll(code: string, deviceName = 'test PC'): Promise<EnrollResponse> {
    const r = await this.request<EnrollResponse>('POST', '/enroll', { protocol: PROTOCOL_VERSION, code, deviceName });
    if (r.status !== 200) throw new Error(`enroll failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.token = r.body.token;
    this.deviceId = r.body.deviceId;
    return r.body;
  }

  queue(...events: CaseEvent[]): void {
    for (const e of events) this.outbox.set(e.id, e);
  }

  /** Pushes one batch; sent events leave the outbox only once acknowledged. */
  async pushOnce(
    options: { maxEvents?: number; sentAt?: string } = {},
  ): Promise<PushOutcome & { recovered?: boolean; status?: number; body?: AnyBody }> {
    const batch = nextBatch(
      [...this.outbox.values()].map((event) => ({ event })),
      this.deviceId,
      { maxEvents: options.maxEvents },
    );
    if (batch.length === 0) return { states: new Map(), retry: { kind: 'none' }, clockSkewMs: null };
    let result: TransportResult;
    let answer: HttpAnswer | undefined;
    try {
      answer = await this.request('POST', '/push', {
        protocol: PROTOCOL_VERSION,
        deviceId: this.deviceId,
        sentAt: options.sentAt ?? new Date().toISOString(),
        events: batch,
      });
      const retryAfter = answer.headers.get('retry-after');
      result = {
        kind: 'response',
        status: answer.status,
        body: answer.body,
        retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined,
      };
    } catch (error) {
      result = { kind: 'networkError', message: String(error) };
    }
    const outcome = interpretPush(batch, result);
    const check = checkEpoch(this.epoch, result);
    for (const [id, state] of outcome.states) {
      this.states.set(id, state);
      const event = batch.find((e) => e.id === id);
      if (state.state === 'sent' && event) {
        this.outbox.delete(id);
        this.sent.set(id, { event, epoch: check.epoch });
      }
    }
    this.follow(check);
    return { ...outcome, recovered: check.kind === 'recover', status: answer?.status, body: answer?.body };
  }

  /** client-core's rule: a new epoch or a seqGap puts sent events back in the outbox and the pull cursor to 0. */
  private follow(check: EpochCheck): void {
    this.epoch = check.epoch;
    if (check.kind !== 'recover') return;
    this.recoveries++;
    this.cursor = check.cursor;
    this.queue(...eventsToResend([...this.sent.values()], this.deviceId, check.epoch, check.resendFrom));
  }

  /** Pushes until the outbox is empty or the server says stop; retries network failures. */
  async pushAll(options: { maxEvents?: number; maxAttempts?: number; retryDelayMs?: number } = {}): Promise<void> {
    let failures = 0;
    while (this.outbox.size > 0) {
      const outcome = await this.pushOnce(options);
      if (outcome.recovered) {
        // Resend at once what the server lost; a gap that will not close ends in 'kept failing'.
        if (++failures > (options.maxAttempts ?? 50)) throw new Error('push kept failing');
        continue;
      }
      if (outcome.retry.kind === 'continue') {
        failures = 0;
        continue;
      }
      if (outcome.retry.kind === 'stop') throw new Error(`push stopped: ${outcome.retry.code}`);
      if (outcome.retry.kind === 'none') return;
      if (++failures > (options.maxAttempts ?? 50)) throw new Error('push kept failing');
      await new Promise((r) =>
        setTimeout(r, Math.max(outcome.retry.kind === 'backoff' ? (outcome.retry.minDelayMs ?? 0) : 0, options.retryDelayMs ?? 100)),
      );
    }
  }

  async pullPage(limit = 500): Promise<PullResponse> {
    const r = await this.request<PullResponse>('GET', `/pull?cursor=${this.cursor}&limit=${limit}`);
    if (r.status !== 200) throw new Error(`pull failed: ${r.status} ${JSON.stringify(r.body)}`);
    const page = r.body as PullResponse;
    const check = checkEpoch(this.epoch, { kind: 'response', status: r.status, body: r.body });
    this.follow(check);
    if (check.kind === 'recover') return { ...page, more: true };
    for (const p of page.events) {
      this.pulled.set(p.event.id, p.event);
      this.pulledTotal++;
    }
    this.cursor = Math.max(this.cursor, page.cursor);
    return page;
  }

  /** Pulls until the server has nothing more; network failures are retried. */
  async pullAll(limit = 500, maxAttempts = 50): Promise<void> {
    let failures = 0;
    for (;;) {
      try {
        const page = await this.pullPage(limit);
        failures = 0;
        if (!page.more) return;
      } catch (error) {
        if (++failures > maxAttempts) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async uploadFile(
    path: string,
    sha256: string,
    options: { chunkSize?: number; retryDelays?: number[]; onProgress?: (sent: number, total: number) => void } = {},
  ): Promise<void> {
    const { Upload } = await import('tus-js-client');
    const data = await readFile(path);
    await new Promise<void>((resolve, reject) => {
      const upload = new Upload(data, {
        endpoint: `${this.baseUrl}/files`,
        headers: { authorization: `Bearer ${this.token}` },
        metadata: { sha256, filename: sha256 },
        chunkSize: options.chunkSize ?? Infinity,
        retryDelays: options.retryDelays ?? [100, 200, 400, 800, 1000, 1000, 1000, 2000, 2000, 2000],
        uploadSize: data.length,
        onError: reject,
        onProgress: options.onProgress,
        onSuccess: () => resolve(),
      });
      upload.start();
    });
  }
}
