// The sync server's refusals: bad bodies, forged tokens, other units' data and the case rules; each changes nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, PROTOCOL_VERSION, type RefusedBatch } from '../../shared/sync/protocol';
import { SyncClient } from './testing/client';
import { BACKENDS, TestDevice } from './testing/harness';
import { useTestServer } from './testing/use-server';

describe.each(BACKENDS)('sync server refusals on %s', (backend) => {
  const server = useTestServer(backend);

  const office = (officeCode = '0101') => TestDevice.enroll(server.url, server.store, { officeCode });
  const district = (districtCode = 'D01') => TestDevice.enroll(server.url, server.store, { districtCode });

  it('refuses malformed JSON, wrong types and an unknown protocol with clear errors, changing nothing', async () => {
    const a = await office();
    const before = await server.store.counts();
    const bad = await a.request('POST', '/push', '{"protocol":1, "events": [');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'malformedJson', message: { kk: expect.any(String), ru: expect.any(String) } });
    const event = a.register(randomUUID());
    const wrongType = await a.request('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [{ ...event, seq: 'one' }] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body).toMatchObject({ code: 'invalidEvent', events: [{ id: event.id, state: 'refused', field: 'seq' }] });
    const noEvents = await a.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: 'many' });
    expect(noEvents.status).toBe(400);
    expect(noEvents.body.code).toBe('badRequest');
    const oldClient = await a.request('POST', '/push', { protocol: 99, deviceId: a.deviceId, events: [event] });
    expect(oldClient.status).toBe(426);
    expect(oldClient.body).toMatchObject({ code: 'protocolMismatch', expected: PROTOCOL_VERSION });
    const badQuery = await a.request('GET', '/pull?cursor=-5');
    expect(badQuery.status).toBe(400);
    expect(await server.store.counts()).toEqual(before);
  });

  it('refuses an oversized body with 413', async () => {
    const a = await office();
    const before = await server.store.counts();
    const huge = { protocol: 1, deviceId: a.deviceId, events: [a.register(randomUUID())], padding: 'ә'.repeat(1_200_000) };
    const r = await a.request<ErrorBody>('POST', '/push', huge);
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ code: 'payloadTooLarge', limitBytes: 2 * 1024 * 1024 });
    expect(r.body.message.kk).toContain('2 MB');
    expect(await server.store.counts()).toEqual(before);
  });

  it('refuses a forged token and a revoked device with 401, changing nothing', async () => {
    const a = await office();
    const event = a.register(randomUUID());
    const before = await server.store.counts();
    const forged = new SyncClient(server.url);
    forged.token = randomBytes(32).toString('base64url');
    for (const r of [
      await forged.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events: [event] }),
      await forged.request<ErrorBody>('GET', '/pull'),
    ]) {
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('unauthorized');
    }
    expect((await new SyncClient(server.url).request('GET', '/pull')).status).toBe(401);
    expect(await server.store.devices.revoke(a.deviceId)).toBe(true);
    a.queue(event);
    const outcome = await a.pushOnce();
    expect(outcome.status).toBe(401);
    expect(outcome.retry).toMatchObject({ kind: 'stop', code: 'deviceRevoked' });
    // The event stays on the device, marked with the reason.
    expect(a.outbox.has(event.id)).toBe(true);
    expect(a.states.get(event.id)).toMatchObject({ state: 'error', reason: { kk: expect.stringContaining('өшірілген') } });
    expect(await server.store.counts()).toEqual(before);
  });

  it("refuses a device asking for or writing another office's or district's data", async () => {
    const a = await office('0101');
    const stranger = await office('0201');
    const districtTwo = await district('D02');
    const caseId = randomUUID();
    a.queue(a.register(caseId));
    await a.pushAll();
    const before = await server.store.counts();

    expect((await stranger.request<ErrorBody>('GET', '/pull?cursor=0&office=0101')).body.code).toBe('outOfScope');
    expect((await stranger.request('GET', '/pull?cursor=0&office=0101')).status).toBe(403);
    expect((await districtTwo.request('GET', '/pull?cursor=0&district=D01')).status).toBe(403);
    // Another office's case is answered as a case that does not exist.
    expect((await stranger.request('GET', `/relay/${caseId}`)).status).toBe(404);

    const intrusion = await stranger.request<ErrorBody>('POST', '/push', {
      protocol: 1,
      deviceId: stranger.deviceId,
      events: [stranger.write(caseId, 'consentRecorded', { signedBy: 'X' })],
    });
    expect(intrusion.status).toBe(422);
    expect(intrusion.body).toMatchObject({ code: 'eventRejected', events: [{ state: 'refused', code: 'notRegistered' }] });
    const impersonation = { ...stranger.register(randomUUID()), office: '0101' };
    const r = await stranger.request<ErrorBody>('POST', '/push', { protocol: 1, deviceId: stranger.deviceId, events: [impersonation] });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('wrongDevice');
    const otherDeviceId = await stranger.request('POST', '/push', {
      protocol: 1,
      deviceId: a.deviceId,
      events: [stranger.register(randomUUID())],
    });
    expect(otherDeviceId.status).toBe(403);
    const districtWrites = await districtTwo.request('POST', '/push', {
      protocol: 1,
      deviceId: districtTwo.deviceId,
      events: [districtTwo.write(caseId, 'receivedByDistrict', { incomingNumber: '1', incomingDate: '2026-11-24' })],
    });
    expect(districtWrites.status).toBe(422);
    expect(districtWrites.body.events[0].code).toBe('notRegistered');
    expect(await server.store.counts()).toEqual(before);
  });

  it("refuses an event the case's rules do not allow, with its code and a reason in both languages", async () => {
    const a = await office();
    const caseId = randomUUID();
    const before = await server.store.counts();
    const events = [a.register(caseId), a.write(caseId, 'conclusionAdopted', { conclusion: 'needs', reasons: 'x' })];
    const r = await a.request<RefusedBatch>('POST', '/push', { protocol: 1, deviceId: a.deviceId, events });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('eventRejected');
    expect(r.body.events).toEqual([
      { id: events[0].id, state: 'notApplied' },
      {
        id: events[1].id,
        state: 'refused',
        code: 'notAtCommission',
        reason: { kk: 'Іс комиссияға жіберілмеген', ru: 'Дело не направлено в комиссию' },
      },
    ]);
    expect(await server.store.counts()).toEqual(before);
  });
});
