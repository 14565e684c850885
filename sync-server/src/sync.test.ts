// The sync protocol against a real server, on SQLite and on PostgreSQL: every
// route, every refusal, and counts on both sides showing nothing lost or doubled.
// Attachments, on every attachment store too, are in attachments.test.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clockSkewWarning } from '../../shared/sync/client-core';
import { type ErrorBody, PROTOCOL_VERSION, type PullResponse, type PushResponse } from '../../shared/sync/protocol';
import { type HttpAnswer, SyncClient } from './testing/client';
import { BACKENDS, startServer, TestDevice } from './testing/harness';
import { useTestServer } from './testing/use-server';
import { startTcpProxy } from './testing/tcp-proxy';

describe.each(BACKENDS)('sync server on %s', (backend) => {
  const server = useTestServer(backend);

  const office = (officeCode = '0101') => TestDevice.enroll(server.url, server.store, { officeCode });

  it('answers /health with its version and storage', async () => {
    const r = await new SyncClient(server.url).request('GET', '/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, version: expect.any(String), storage: `${backend}+files`, protocol: PROTOCOL_VERSION });
  });

  it('enrolls a device once per code, gives letters per office, and stores only a hash of the token', async () => {
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0102' });
    const first = new SyncClient(server.url);
    const answer = await first.enroll(code);
    expect(answer).toMatchObject({ deviceId: '0102-A', letter: 'A', scope: { kind: 'office', officeCode: '0102', districtCode: 'D01' } });
    expect(Buffer.from(answer.token, 'base64url')).toHaveLength(32);
    const again = await new SyncClient(server.url).request<ErrorBody>('POST', '/enroll', { protocol: PROTOCOL_VERSION, code });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('invalidEnrollmentCode');
    expect(again.body.message.kk).toContain('код');
    const second = await office('0102');
    expect(second.deviceId).toBe('0102-B');
    const dump = JSON.stringify(await server.store.exportAll());
    expect(dump).not.toContain(answer.token);
  });

  it('pushes and pulls: an office sees its own cases, another office sees none', async () => {
    const a = await office('0101');
    const other = await office('0201');
    const before = await server.store.counts();
    const events = [randomUUID(), randomUUID(), randomUUID()].flatMap((caseId) => [
      a.register(caseId),
      a.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false }),
    ]);
    a.queue(...events);
    await a.pushAll();
    expect(a.outbox.size).toBe(0);
    expect([...a.states.values()].every((s) => s.state === 'sent')).toBe(true);
    const after = await server.store.counts();
    expect(after.events - before.events).toBe(6);
    expect(after.cases - before.cases).toBe(3);

    const b = await office('0101');
    await b.pullAll();
    for (const e of events) expect(b.pulled.get(e.id)).toEqual(e);
    await other.pullAll();
    expect([...other.pulled.values()].filter((e) => events.some((x) => x.id === e.id))).toHaveLength(0);
  });

  it('acknowledges the same batch pushed twice without storing it twice', async () => {
    const a = await office();
    const caseId = randomUUID();
    const batch = [a.register(caseId), a.write(caseId, 'consentRecorded', { signedBy: 'Гүлнәр Өтемісова' })];
    const body = { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, events: batch };
    const first = await a.request<PushResponse>('POST', '/push', body);
    const before = await server.store.counts();
    const second = await a.request<PushResponse>('POST', '/push', body);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.body.accepted.map((x) => x.status)).toEqual(['stored', 'stored']);
    expect(second.body.accepted.map((x) => x.status)).toEqual(['duplicate', 'duplicate']);
    expect(second.body.accepted.map((x) => x.serverSeq)).toEqual(first.body.accepted.map((x) => x.serverSeq));
    expect(await server.store.counts()).toEqual(before);
  });

  it('refuses an event with the same id but other content, and a reused seq', async () => {
    const a = await office();
    const caseId = randomUUID();
    const registered = a.register(caseId);
    expect((await a.request('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [registered] })).status).toBe(200);
    const before = await server.store.counts();
    const altered = { ...registered, at: '2026-11-23T11:00' };
    const conflict = await a.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [altered] });
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('idConflict');
    const reused = { ...a.write(caseId, 'consentRecorded', { signedBy: 'X' }), seq: registered.seq };
    const r = await a.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [reused] });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('seqReused');
    expect(await server.store.counts()).toEqual(before);
  });

  it('refuses a batch with a seq gap, names the expected seq, and takes the events once the gap is filled', async () => {
    const a = await office();
    const caseId = randomUUID();
    const [e1, e2, e3, e4] = [
      a.register(caseId),
      a.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false }),
      a.write(caseId, 'consentRecorded', { signedBy: 'A' }),
      a.write(caseId, 'formReprinted', { form: 'talon' }),
    ];
    const before = await server.store.counts();
    const late = await a.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [e3, e4] });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'seqGap', expectedSeq: e1.seq });
    expect(late.body.message.ru).toContain(`№${e1.seq}`);
    expect(await server.store.counts()).toEqual(before);
    // Out of order inside one batch is fine: the server orders by seq.
    const all = await a.request('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [e4, e2, e3, e1] });
    expect(all.status).toBe(200);
    expect((await server.store.counts()).events - before.events).toBe(4);
  });

  it('takes events from two PCs of one office arriving out of order, losing and doubling nothing', async () => {
    const pcA = await office('0101');
    const pcB = await office('0101');
    const caseId = randomUUID();
    const registered = pcA.register(caseId);
    // PC B learned of the case over the local network and added to it; its push arrives first.
    const talon = pcB.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false });
    pcA.queue(registered);
    pcB.queue(talon);
    const early = await pcB.pushOnce();
    expect(early.status).toBe(422);
    expect(pcB.states.get(talon.id)).toMatchObject({
      state: 'error',
      code: 'notRegistered',
      reason: { kk: expect.stringContaining('тіркелмеген') },
    });
    expect(pcB.outbox.has(talon.id)).toBe(true);
    await pcA.pushAll();
    await pcB.pushAll();
    const reader = await office('0101');
    await reader.pullAll();
    const ofCase = [...reader.pulled.values()].filter((e) => e.caseId === caseId);
    expect(ofCase.map((e) => e.id).sort()).toEqual([registered.id, talon.id].sort());
    expect(reader.pulledTotal).toBe(reader.pulled.size);
  });

  it('syncs a device whose clock is three days ahead, keeps its own receipt time and reports the skew', async () => {
    const a = await office();
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    const caseId = randomUUID();
    const event = { ...a.register(caseId), deviceTime: ahead.toISOString() };
    a.queue(event);
    const outcome = await a.pushOnce({ sentAt: ahead.toISOString() });
    expect(outcome.retry.kind).toBe('continue');
    expect(outcome.clockSkewMs).toBeGreaterThan(3 * 86_400_000 - 60_000);
    expect(clockSkewWarning(outcome.clockSkewMs)?.kk).toContain('сағаты');
    const reader = await office();
    await reader.pullAll();
    const page = await reader.request<PullResponse>('GET', '/pull?cursor=0&limit=1000');
    const pulled = page.body.events.find((p) => p.event.id === event.id)!;
    expect(pulled.event.deviceTime).toBe(event.deviceTime);
    expect(Math.abs(Date.parse(pulled.receivedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('pages a pull with a small limit: every event once, cursor never moving back', async () => {
    const a = await office('0201');
    for (let c = 0; c < 7; c++) {
      const caseId = randomUUID();
      a.queue(a.register(caseId), a.write(caseId, 'talonIssued', { resultDate: '2026-12-01', duplicate: false }));
    }
    await a.pushAll({ maxEvents: 5 });
    const reader = await office('0201');
    const cursors: number[] = [];
    for (;;) {
      const page = await reader.pullPage(3);
      cursors.push(page.cursor);
      if (!page.more) break;
    }
    expect(reader.pulled.size).toBeGreaterThanOrEqual(14);
    expect(reader.pulledTotal).toBe(reader.pulled.size);
    expect([...cursors].sort((x, y) => x - y)).toEqual(cursors);
  });

  it('publishes catalog and calendar versions to every device after its cursor, once', async () => {
    const a = await office('0102');
    await a.pullAll();
    await server.store.admin.publish('calendar', `2027.${backend}`, { version: `2027.${backend}`, years: {} });
    const page = await a.pullPage();
    expect(page.publications.map((p) => p.version)).toEqual([`2027.${backend}`]);
    expect((await a.pullPage()).publications).toEqual([]);
  });

  it('carries every event exactly once through a link that cuts and stalls connections', async () => {
    const port = Number(new URL(server.url).port);
    const proxy = await startTcpProxy(port, { delayMs: 2, cutEvery: 1, cutAfterBytes: 3000 });
    try {
      const a = await office('0101');
      const viaProxy = Object.assign(a, { baseUrl: proxy.url });
      const before = await server.store.counts();
      const caseIds = Array.from({ length: 40 }, () => randomUUID());
      const events = caseIds.flatMap((caseId) => [a.register(caseId), a.write(caseId, 'consentRecorded', { signedBy: 'Сәуле' })]);
      viaProxy.queue(...events);
      await viaProxy.pushAll({ maxEvents: 8, retryDelayMs: 20, maxAttempts: 200 });
      expect((await server.store.counts()).events - before.events).toBe(events.length);

      const reader = await office('0101');
      reader.baseUrl = proxy.url;
      await reader.pullAll(10, 200);
      for (const e of events) expect(reader.pulled.get(e.id)?.seq).toBe(e.seq);
      expect(reader.pulledTotal).toBe(reader.pulled.size);
      expect(proxy.stats.cuts).toBeGreaterThan(3);
    } finally {
      await proxy.close();
    }
  });

  it('answers 429 with Retry-After when one device sends too fast', async () => {
    const limited = await startServer(server.resources, { rateLimit: { perSecond: 1, burst: 3 } });
    try {
      const a = await TestDevice.enroll(limited.url, limited.store, { officeCode: '0101' });
      const statuses: number[] = [];
      let last: HttpAnswer<ErrorBody> | undefined;
      for (let i = 0; i < 5; i++) {
        last = await a.request<ErrorBody>('GET', '/pull');
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses[4]).toBe(429);
      expect(last!.headers.get('retry-after')).toBe('1');
      expect(last!.body.code).toBe('rateLimited');
      // Another device has its own budget.
      const b = await TestDevice.enroll(limited.url, limited.store, { officeCode: '0101' });
      expect((await b.request('GET', '/pull')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
