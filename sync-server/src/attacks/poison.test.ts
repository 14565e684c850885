// Attack 3: one event poisons a feed. Deep nesting, unknown keys in the
// commission's act, NUL characters, endless strings and arrays: each is refused
// at push with 400 (never 500), nothing is stored, and the feeds of the office
// and its district still pull, also from a restarted server.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { testInspectionAct } from '../../../shared/testing/commission-act';
import { SyncClient } from '../testing/client';
import { BACKENDS, startServer } from '../testing/harness';
import { readCounter, writeCounter } from '../storage/queries';
import { useTestServer } from '../testing/use-server';
import { attempt, district, expectUnchanged, feedOf, office, pushOk, snapshot } from './kit';

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe.each(BACKENDS)('attack: poisoning a feed, on %s', (backend) => {
  const server = useTestServer(backend);

  /** An office case relayed to D01 and delivered, so a poisoned event would reach both feeds; the case is at the district. */
  async function victims() {
    const pc = await office(server, '0101');
    const head = await district(server, 'D01');
    const caseId = randomUUID();
    await pushOk(pc, ...pc.caseReadyToRelay(caseId), pc.write(caseId, 'packageRelayed', { districtCode: 'D01', attachments: [] }));
    return { pc, head, caseId };
  }
  /** Pushes `event` with `marker` (a JSON string in it) replaced by raw JSON text. */
  const pushText = (device: SyncClient, event: object, marker: string, raw: string) =>
    device.request(
      'POST',
      '/push',
      JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: device.deviceId, events: [event] }).replace(JSON.stringify(marker), raw),
    );

  it('refuses deeply nested payloads with 400 at any depth, before parsing them, and both feeds still pull after a restart', async () => {
    const { pc, head, caseId } = await victims();
    const before = await snapshot(server, [pc, head]);
    for (const levels of [20, 40, 4_100, 100_000]) {
      const event = pc.write(caseId, 'formReprinted', { form: 'talon', extra: '@deep' } as never);
      const r = await pushText(pc, event, '@deep', deep(levels));
      pc.seq--;
      expect(r.status, `${levels} levels`).toBe(400);
      // Just past the event's own bound its schema names the field; far past it the raw body is refused before parsing.
      if (levels < 32)
        expect(r.body).toMatchObject({ code: 'invalidEvent', events: [{ field: expect.stringContaining('payload.extra') }] });
      else expect(r.body.message.ru).toContain('deeper than 32');
    }
    const act = pc.write(caseId, 'formReprinted', { form: '@deep' });
    expect((await pushText(pc, act, '@deep', deep(4_100))).status).toBe(400);
    pc.seq--;
    await expectUnchanged(server, [pc, head], before);
    const restarted = await startServer(server.resources);
    try {
      for (const device of [pc, head]) {
        const again = Object.assign(Object.create(Object.getPrototypeOf(device)), device, { baseUrl: restarted.url });
        expect(JSON.stringify(await feedOf(again))).toEqual(before.feeds[device === pc ? 0 : 1]);
      }
    } finally {
      await restarted.close();
    }
  });

  it('refuses an inspection act or conclusion with an unknown key anywhere, or longer than its bounds', async () => {
    const pc = await office(server, '0102');
    const caseId = randomUUID();
    await pushOk(pc, ...pc.caseReadyToRelay(caseId).slice(0, 2));
    const before = await snapshot(server, [pc]);
    const act = testInspectionAct();
    for (const payload of [
      { ...act, script: { nested: true } },
      { ...act, housing: { ...act.housing, pool: 'yes' } },
      { ...act, family: [{ ...act.family[0], note: 'x' }] },
      { ...act, notes: 'ә'.repeat(9_000) },
      { ...act, incomes: Array.from({ length: 3_000 }, () => act.incomes[0]) },
      { ...act, incomes: [{ ...act.incomes[0], amount: 1e300 }] },
    ]) {
      const r = await attempt(pc, pc.write(caseId, 'inspectionRecorded', payload as never));
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('invalidEvent');
    }
    const conclusion = await attempt(
      pc,
      pc.write(caseId, 'conclusionAdopted', { conclusion: 'needs', reasons: 'x', html: '<b>' } as never),
    );
    expect([conclusion.status, conclusion.body.code]).toEqual([400, 'invalidEvent']);
    await expectUnchanged(server, [pc], before);
  });

  it('refuses NUL characters on every route, and takes a backslash that only looks like one', async () => {
    const { pc, head, caseId } = await victims();
    const before = await snapshot(server, [pc, head]);
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const enroll = await new SyncClient(server.url).request('POST', '/enroll', {
      protocol: PROTOCOL_VERSION,
      code,
      deviceName: 'PC\u0000',
    });
    expect([enroll.status, enroll.body.code]).toEqual([400, 'badRequest']);
    const nul = await attempt(pc, pc.write(caseId, 'formReprinted', { form: 'talon\u0000' }));
    expect(nul.status).toBe(400);
    const raw = await pc.request('POST', '/push', `{"protocol":1,"deviceId":"${pc.deviceId}","events":[{"id":"\u0000"}]}`);
    expect(raw.status).toBe(400);
    expect((await pc.request('GET', '/pull?cursor=0&office=01%0001')).status).toBe(400);
    expect((await pc.request('GET', '/relay/%00')).status).toBe(404);
    const tus = await pc.request('POST', '/files', undefined, {
      'tus-resumable': '1.0.0',
      'upload-length': '10',
      'upload-metadata': `sha256 ${Buffer.from('a'.repeat(64)).toString('base64')},filename ${Buffer.from('x\u0000.png').toString('base64')}`,
    });
    expect(tus.status).toBe(400);
    await expectUnchanged(server, [pc, head], before);
    // The code is still unused: the refused enrollment spent nothing.
    expect((await new SyncClient(server.url).request('POST', '/enroll', { protocol: PROTOCOL_VERSION, code })).status).toBe(200);
    await pushOk(head, head.write(caseId, 'receivedByDistrict', { incomingNumber: 'C:\\u0000\\temp', incomingDate: '2026-11-25' }));
    expect((await feedOf(pc)).some((e) => e.type === 'receivedByDistrict' && e.payload.incomingNumber === 'C:\\u0000\\temp')).toBe(true);
  });

  it('keeps both feeds pulling when the database already holds an event an older server let in', async () => {
    const { pc, head, caseId } = await victims();
    const before = await snapshot(server, [pc, head]);
    const event = pc.write(caseId, 'formReprinted', { form: '@deep' });
    pc.seq--;
    const poisoned = JSON.stringify(event).replace('"@deep"', deep(4_100));
    await server.store.driver.transaction('write', async (db) => {
      const seq = (await readCounter(db)) + 1;
      await db.run(
        'INSERT INTO events (server_seq, id, case_id, device_id, seq, owner_office, type, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [seq, event.id, caseId, 'old-server-PC', 1, '0101', event.type, poisoned, new Date().toISOString()],
      );
      await writeCounter(db, seq);
    });
    const after = await snapshot(server, [pc, head]);
    expect(after.feeds).toEqual(before.feeds);
    await pushOk(pc, pc.write(caseId, 'formReprinted', { form: 'talon' }));
    expect((await feedOf(head)).at(-1)?.payload).toEqual({ form: 'talon' });
  });
});
