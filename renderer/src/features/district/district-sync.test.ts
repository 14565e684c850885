// The round trip between an akimat PC and a district PC through the real sync
// server (in-process, SQLite).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { syncOnce } from '@renderer/features/sync/engine';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { actorFor } from './device';
import { fetchPackageFiles } from './files';
import { enrollDevice } from '@renderer/features/sync/enrollment';
import { districtInbox, returnPathLists } from './reads';
import { assignDistrictExecutor, decide, registerPackage } from './commands';
import { handOver, receiveResult } from '@renderer/features/handover/commands';
import { relayPackage } from '@renderer/features/relay/commands';
import { CHILD_BENEFIT, akim, head, ctx, registerCase, runCommission, notification, setUpPc } from './test-fixtures';

describe('an akimat PC and a district PC through the real sync server', () => {
  const server = useSyncServer();

  const pc = (kind: 'akimat' | 'district', code: string) => setUpPc(kind, code, kind === 'district' ? head.name : akim.name);
  const settingsOf = async (db: AkimatDb) => (await db.settings.get('office'))!;
  // Each PC writes as its own first person (the akim, the department head), on the unit's roster since setup.
  const ctxOn = async (db: AkimatDb, at: string) => {
    const settings = await settingsOf(db);
    const [user] = await db.users.toArray();
    return ctx(db, at, actorFor(settings, user), settings);
  };
  const idsOf = async (db: AkimatDb, caseId: string) => (await db.events.where('caseId').equals(caseId).toArray()).map((e) => e.id).sort();
  const serverIdsOf = async (caseId: string) =>
    ((await server.store.exportAll()).events as Array<{ id: string; case_id: string }>)
      .filter((e) => e.case_id === caseId)
      .map((e) => e.id)
      .sort();

  it('enrolls a district PC with a district code through the sync client; it then writes as its district', async () => {
    const district = await pc('district', 'D01');
    expect(await fetchPackageFiles(district, crypto.randomUUID())).toEqual({ fetched: 0, missing: 0 });
    const result = await enrollDevice(district, {
      serverUrl: server.url,
      code: await server.store.admin.issueEnrollmentCode({ districtCode: 'D01' }),
    });
    expect(result).toMatchObject({ ok: true, identity: { scope: { kind: 'district', districtCode: 'D01' } } });
    expect(await settingsOf(district)).toMatchObject({ kind: 'district', officeCode: 'D01' });
  });

  it('relays a case with its scan, the district decides, the akimat hands over; both PCs and the server hold the same events', async () => {
    const akimat = await pc('akimat', '0101');
    const identity = await enrollPc(server, akimat, { officeCode: '0101' });
    const district = await pc('district', 'D01');
    expect(
      (await enrollDevice(district, { serverUrl: server.url, code: await server.store.admin.issueEnrollmentCode({ districtCode: 'D01' }) }))
        .ok,
    ).toBe(true);

    const caseId = await registerCase(akimat, CHILD_BENEFIT, '2026-11-23T10:00', undefined, await settingsOf(akimat));
    await runCommission(akimat, caseId, '2026-11-24T11:00', await settingsOf(akimat));
    const scan = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { attachFile } = await import('@renderer/db/attachments');
    const stored = await attachFile(
      await ctxOn(akimat, '2026-11-24T11:30'),
      caseId,
      Object.assign(new Blob([scan], { type: 'image/png' }), { name: 'туу-куәлік.png' }),
    );
    const districtCode = identity.scope.kind === 'office' ? identity.scope.districtCode : undefined;
    await relayPackage(await ctxOn(akimat, '2026-11-25T09:00'), caseId, districtCode);
    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok' });

    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok' });
    const inbox = await districtInbox(district, '2026-11-25T09:30');
    expect(inbox.rows.map((r) => [r.caseId, r.office, r.status])).toEqual([[caseId, '0101', 'relayed']]);
    expect(await fetchPackageFiles(district, caseId)).toEqual({ fetched: 1, missing: 0 });
    expect(await district.attachments.get(`${caseId}:${stored.sha256}`)).toMatchObject({
      name: 'туу-куәлік.png',
      mime: 'image/png',
      size: scan.length,
    });
    expect(await fetchPackageFiles(district, caseId)).toEqual({ fetched: 0, missing: 0 });

    // The district PC's clock is an hour behind the akimat's: the server's order still holds on both PCs.
    await registerPackage(await ctxOn(district, '2026-11-25T08:00'), caseId, {
      incomingNumber: 'К-77',
      incomingDate: '2026-11-25',
    });
    await assignDistrictExecutor(await ctxOn(district, '2026-11-25T08:05'), caseId, { id: 'u-exec', name: 'Ілиясов Нұржан' });
    await decide(await ctxOn(district, '2026-11-25T08:30'), caseId, notification());
    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok', pushed: 3 });

    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok', pulled: 3 });
    expect((await returnPathLists(akimat)).arrived.map((c) => c.id)).toEqual([caseId]);
    await receiveResult(await ctxOn(akimat, '2026-11-27T09:00'), caseId);
    await handOver(await ctxOn(akimat, '2026-11-27T11:30'), caseId, { receivedBy: 'Өтемісова Гүлнәр', result: 'notification' });
    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok', pushed: 2 });
    expect(await syncOnce(nodeSyncDeps(district))).toMatchObject({ kind: 'ok', pulled: 2 });

    const onServer = await serverIdsOf(caseId);
    expect(onServer.length).toBeGreaterThan(10);
    expect(await idsOf(akimat, caseId)).toEqual(onServer);
    expect(await idsOf(district, caseId)).toEqual(onServer);
    expect((await loadCase(district, caseId))!.status).toBe('handedOver');
    expect((await loadCase(akimat, caseId))!.rejected).toEqual([]);
    const districtEvents = (await district.events.where('caseId').equals(caseId).toArray()).filter((e) => e.office === 'D01');
    expect(districtEvents.map((e) => e.actor.role)).toEqual(['districtHead', 'districtHead', 'districtHead']);
  });
});
