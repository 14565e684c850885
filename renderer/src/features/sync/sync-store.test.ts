// The renderer's sync store against the real sync server (in-process, SQLite
// in a temp folder) with the browser database on fake-indexeddb.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clockSkewWarning } from '@shared/sync/client-core';
import { attachFile } from '@renderer/db/attachments';
import type { AkimatDb } from '@renderer/db/schema';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { syncOnce } from './engine';
import { enrollDevice, planEnrollment } from './enrollment';
import { loadIdentity, loadStatus, outboxCounts, unsyncedCount } from './state';
import { retryRefused } from './outbox';
import { ctxOf, officePc, register } from '@renderer/testing/office-pc';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

const enroll = (db: AkimatDb, officeCode = '0101') => enrollPc(server, db, { officeCode }, 'Қабылдау');

async function serverEventsOf(caseId: string): Promise<number> {
  const all = await server.store.exportAll();
  return (all.events as Array<{ case_id: string }>).filter((e) => e.case_id === caseId).length;
}

describe('enrollment', () => {
  it('takes the server letter and device id on a PC that has not registered anything yet', async () => {
    const { db, settings } = await officePc('K');
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const result = await enrollDevice(db, { serverUrl: `${server.url}/`, code });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = await settings();
    expect(s.deviceId).toBe(result.identity.deviceId);
    expect(s.deviceLetter).toBe(result.identity.letter);
    expect(result.identity.serverUrl).toBe(server.url);
    expect(result.notes[0].kk).toContain(`«${result.identity.letter}»`);
    // The next registration number carries the server's letter.
    const state = await register(db);
    expect(state.number).toContain(`-26${result.identity.letter}-`);
  });

  it('re-stamps never-sent events with the server device id when office and letter agree', async () => {
    // A fresh office so the server hands out letter A.
    await server.store.admin.createOffice('0901', 'Тестовый округ', 'D01');
    const { db } = await officePc('A', '0901');
    const before = await register(db);
    const identity = await enroll(db, '0901');
    expect(identity.letter).toBe('A');
    const events = await db.events.toArray();
    expect(events.every((e) => e.device === identity.deviceId)).toBe(true);
    const run = await syncOnce(nodeSyncDeps(db));
    expect(run).toMatchObject({ kind: 'ok', pushed: events.length });
    const caseEvents = events.filter((e) => e.caseId === before.caseId).length;
    expect(await serverEventsOf(before.caseId)).toBe(caseEvents);
    // The device counter moved with the id: the next event continues the seq.
    await register(db);
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: caseEvents });
  });

  it('refuses, with the letters named, when the PC already registered cases under another letter', async () => {
    const { db, settings } = await officePc('Z');
    await register(db);
    const before = await settings();
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const result = await enrollDevice(db, { serverUrl: server.url, code });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.kk).toContain('«Z»');
    expect(result.message.ru).toContain('Регистрационные номера менять нельзя');
    expect(await settings()).toEqual(before);
    expect(await loadIdentity(db)).toBeUndefined();
  });

  it('plans: district code refused, other office refused after events', () => {
    const local = { officeCode: '0101', deviceLetter: 'A', deviceId: 'x' };
    const answer = {
      protocol: 1 as const,
      deviceId: '0102-A',
      letter: 'A',
      token: 't',
      serverTime: '',
      scope: { kind: 'office' as const, officeCode: '0102', districtCode: 'D01' },
    };
    expect(planEnrollment(local, { eventCount: 3, sentCount: 0 }, answer)).toMatchObject({
      kind: 'refuse',
      reason: 'sync.enrollOfficeMismatch',
    });
    // An older server (no unitName) did not check and has spent the code: nothing written, so the PC takes its office.
    expect(planEnrollment(local, { eventCount: 0, sentCount: 0 }, answer)).toMatchObject({
      kind: 'adopt',
      officeChanged: true,
      letterChanged: false,
    });
    expect(
      planEnrollment(local, { eventCount: 0, sentCount: 0 }, { ...answer, scope: { kind: 'district', districtCode: 'D01' } }),
    ).toMatchObject({ reason: 'sync.enrollDistrictScope' });
    // A district department's PC takes a district code, and writes as the district.
    const districtPc = { ...local, officeCode: 'D01', kind: 'district' as const };
    expect(planEnrollment(districtPc, { eventCount: 0, sentCount: 0 }, answer)).toMatchObject({ reason: 'sync.enrollOfficeScope' });
    expect(
      planEnrollment(
        districtPc,
        { eventCount: 0, sentCount: 0 },
        { ...answer, deviceId: 'D01-A', scope: { kind: 'district', districtCode: 'D01' } },
      ),
    ).toMatchObject({ kind: 'adopt', officeChanged: false });
  });

  it('explains an unknown code in both languages and a server that is off', async () => {
    const { db } = await officePc();
    const bad = await enrollDevice(db, { serverUrl: server.url, code: 'NOPE-NOPE-1' });
    expect(bad).toMatchObject({
      ok: false,
      message: { kk: expect.stringContaining('Тіркеу коды'), ru: expect.stringContaining('Код подключения') },
    });
    const off = await enrollDevice(db, { serverUrl: 'http://127.0.0.1:1', code: 'ABCDE-FGH23' });
    expect(off).toMatchObject({ ok: false, message: { ru: expect.stringContaining('Не удалось связаться') } });
  });
});

describe('push and outbox states', () => {
  let db: AkimatDb;
  beforeEach(async () => {
    ({ db } = await officePc());
    await enroll(db);
    // The office's first person, introduced at setup, goes up with the first sync.
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 1 });
  });

  it('moves every outbox row from pending to sent with the server number, and the server has each event once', async () => {
    const a = await register(db);
    const b = await register(db);
    expect(await outboxCounts(db)).toMatchObject({ pending: 6, sent: 1 });
    const run = await syncOnce(nodeSyncDeps(db));
    expect(run).toMatchObject({ kind: 'ok', pushed: 6 });
    const rows = await db.outbox.toArray();
    expect(rows.every((r) => r.state === 'sent' && typeof r.serverSeq === 'number')).toBe(true);
    expect((await serverEventsOf(a.caseId)) + (await serverEventsOf(b.caseId))).toBe(6);
    // A second run sends nothing again.
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 0 });
    expect((await serverEventsOf(a.caseId)) + (await serverEventsOf(b.caseId))).toBe(6);
    const status = await loadStatus(db);
    expect(status.lastSuccessAt).toBeTruthy();
    expect(status.lastProblem).toBeUndefined();
  });

  it('keeps events pending while the server is unreachable and backs off longer after each failure', async () => {
    await register(db);
    const identity = (await loadIdentity(db))!;
    const offline = { ...identity, serverUrl: 'http://127.0.0.1:1' };
    await db.syncState.put(offline);
    const first = await syncOnce(nodeSyncDeps(db));
    const second = await syncOnce(nodeSyncDeps(db));
    expect(first.kind).toBe('failed');
    expect(second.kind).toBe('failed');
    if (first.kind !== 'failed' || second.kind !== 'failed') return;
    expect(second.delayMs).toBeGreaterThan(first.delayMs);
    expect(first.failure.message.ru).toContain('Нет связи');
    const status = await loadStatus(db);
    expect(status).toMatchObject({ failures: 2, reachable: false });
    expect(status.nextAttemptAt).toBeTruthy();
    expect(await outboxCounts(db)).toMatchObject({ pending: 3, sent: 1, error: 0 });
    // The link comes back: everything goes, the failure count starts again.
    await db.syncState.put(identity);
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 3 });
    expect(await loadStatus(db)).toMatchObject({ failures: 0, reachable: true });
  });

  it('marks an event the server refuses as an error with the server reason in kk and ru, and holds later events back', async () => {
    const c = await register(db);
    await syncOnce(nodeSyncDeps(db));
    // The same event id with other content (a tampered copy) is an idConflict.
    const [first] = await db.events.where('caseId').equals(c.caseId).toArray();
    await db.events.put({ ...first, at: '2026-11-23T11:00' });
    await db.outbox.put({ eventId: first.id, state: 'pending' });
    await register(db);
    const run = await syncOnce(nodeSyncDeps(db));
    expect(run.kind).toBe('ok');
    const row = await db.outbox.get(first.id);
    expect(row).toMatchObject({
      state: 'error',
      error: 'idConflict',
      reason: { kk: expect.stringContaining('басқа мазмұнмен'), ru: expect.stringContaining('другим содержимым') },
    });
    expect(await outboxCounts(db)).toMatchObject({ error: 1, pending: 3 });
    // Later events wait while the refusal stands.
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 0 });
    // "Sync now" offers the refused event again; still refused, still named.
    expect(await retryRefused(db)).toBe(1);
    await syncOnce(nodeSyncDeps(db));
    expect((await db.outbox.get(first.id))?.state).toBe('error');
  });

  it('stops on a revoked device with a clear message and keeps its unsynced data', async () => {
    const c = await register(db);
    const identity = (await loadIdentity(db))!;
    await server.store.devices.revoke(identity.deviceId);
    const run = await syncOnce(nodeSyncDeps(db));
    expect(run).toMatchObject({
      kind: 'stopped',
      problem: { code: 'deviceRevoked', message: { ru: expect.stringContaining('отключено на сервере') } },
    });
    expect(await outboxCounts(db)).toMatchObject({ pending: 3 });
    expect(await db.events.where('caseId').equals(c.caseId).count()).toBe(3);
    let called = 0;
    expect(
      await syncOnce(
        nodeSyncDeps(db, {
          fetch: async (...args) => {
            called++;
            return fetch(...args);
          },
        }),
      ),
    ).toMatchObject({ kind: 'stopped' });
    expect(called).toBe(0);
  });

  it('after revocation a new code lets the PC hand its unsent events to its new device id, renumbered, nothing lost or doubled', async () => {
    const first = await register(db);
    await syncOnce(nodeSyncDeps(db));
    const old = (await loadIdentity(db))!;
    await server.store.devices.revoke(old.deviceId);
    const second = await register(db);
    expect((await syncOnce(nodeSyncDeps(db))).kind).toBe('stopped');

    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const result = await enrollDevice(db, { serverUrl: server.url, code });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.identity.deviceId).not.toBe(old.deviceId);
    expect(result.notes.map((n) => n.ru).join(' ')).toContain('Неотправленные события (3)');
    const moved = await db.events.where('caseId').equals(second.caseId).toArray();
    expect(moved.map((e) => e.device)).toEqual([result.identity.deviceId, result.identity.deviceId, result.identity.deviceId]);
    expect(moved.map((e) => e.seq).sort()).toEqual([1, 2, 3]);
    // The number already given to the citizen stays; the next one takes the new letter.
    expect((await db.cases.get(second.caseId))?.number).toContain(`-26${old.letter}-`);
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 3 });
    expect(await serverEventsOf(first.caseId)).toBe(3);
    expect(await serverEventsOf(second.caseId)).toBe(3);
    const third = await register(db);
    expect(third.number).toContain(`-26${result.identity.letter}-`);
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 3 });
  });

  it('records the clock skew of a PC three days ahead and still syncs', async () => {
    await register(db);
    const ahead = () => new Date(Date.now() + 3 * 86_400_000);
    expect(await syncOnce(nodeSyncDeps(db, { now: ahead }))).toMatchObject({ kind: 'ok', pushed: 3 });
    const { clockSkewMs } = await loadStatus(db);
    expect(Math.abs(clockSkewMs! - 3 * 86_400_000)).toBeLessThan(60_000);
    expect(clockSkewWarning(clockSkewMs)?.ru).toContain('4320 мин');
  });

  it('uploads the scan of an attachment before its event and the server has the same SHA-256', async () => {
    const c = await register(db);
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d], 0);
    const file = Object.assign(new Blob([bytes], { type: 'application/pdf' }), { name: 'өтініш.pdf' });
    const row = await attachFile(await ctxOf(db), c.caseId, file);
    expect(await unsyncedCount(db)).toBe(4);
    expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 4 });
    expect(await server.store.attachments.has(row.sha256)).toEqual({ size: bytes.length });
    expect(await db.uploads.get(row.sha256)).toMatchObject({ state: 'done' });
    expect(await unsyncedCount(db)).toBe(0);
  });
});
