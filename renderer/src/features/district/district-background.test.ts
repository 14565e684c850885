// After a sync run a district PC learns the okrugs' names (GET /directory) and
// fetches the scans of its relayed packages, checked by SHA-256, so the inbox
// works offline. Real sync server (in-process, SQLite), fake-indexeddb.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '@shared/deadlines';
import { findEntry } from '@shared/catalog';
import { testApplicant } from '@shared/testing/case-events';
import { testInspectionAct } from '@shared/testing/commission-act';
import { attachFile } from '@renderer/db/attachments';
import { appendEvents, type NewEvent, type WriteContext } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { syncOnce } from '@renderer/features/sync/engine';
import type { FetchLike } from '@renderer/features/sync/http';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { afterDistrictSync } from './background';
import { loadDirectory } from './directory';
import { missingPackageFiles } from './files';
import { districtInbox } from './reads';
import { relayPackage } from '@renderer/features/relay/commands';
import { setUpPc } from './test-fixtures';
import { actorFor } from './device';

const CHILD_BENEFIT = findEntry('kzo-590-2014/child-benefit-under-18')!;
const png = (seed: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, seed, 2, 3, 4, 5, 6, 7, 8]);

describe('a district PC after a sync run', () => {
  const server = useSyncServer();
  let counter = 0;

  async function enrolledPc(kind: 'akimat' | 'district', code: string): Promise<AkimatDb> {
    const db = await setUpPc(kind, code);
    await enrollPc(server, db, kind === 'district' ? { districtCode: code } : { officeCode: code });
    return db;
  }

  /** A registered child-benefit case with the commission's conclusion and two scans, relayed to D01 and synced. */
  async function relayedCase(akimat: AkimatDb): Promise<{ caseId: string; hashes: string[] }> {
    const office = (await akimat.settings.get('office'))!;
    const [user] = await akimat.users.toArray();
    const actor = actorFor(office, user);
    const ctx = (at: string): WriteContext => ({ db: akimat, office, actor, at, deviceTime: `${at}:00+05:00` });
    const caseId = crypto.randomUUID();
    const deadlines = computeDeadlines(CHILD_BENEFIT, { channel: 'akim', registeredAt: '2026-11-23T10:00' });
    await appendEvents(ctx('2026-11-23T10:00'), caseId, (): NewEvent[] => [
      {
        type: 'registered',
        payload: {
          number: `0101-26A-${String(++counter).padStart(4, '0')}`,
          entryId: CHILD_BENEFIT.id,
          channel: 'akim',
          applicant: testApplicant,
          family: [],
          documents: [{ id: 'application', original: true, copy: false }],
          schedule: deadlines.steps,
          resultDueAt: deadlines.resultDueAt,
          resultDate: deadlines.resultDate,
          calendarVersion: deadlines.calendarVersion ?? '2026.1',
        },
      },
      { type: 'sentToCommission', payload: {} },
      {
        type: 'inspectionRecorded',
        payload: {
          ...testInspectionAct(),
          family: [{ iin: testApplicant.iin, fullName: 'Өтемісова Гүлнәр', relation: 'өтініш беруші' }],
          months: ['2026-08', '2026-09', '2026-10'],
          incomes: [],
        },
      },
      { type: 'conclusionAdopted', payload: { conclusion: 'needs', reasons: 'Табысы шектен төмен', perCapita: 30000 } },
    ]);
    const hashes: string[] = [];
    for (const [i, name] of ['туу-куәлік.png', 'өтініш.png'].entries()) {
      const file = Object.assign(new Blob([png(counter * 10 + i)], { type: 'image/png' }), { name });
      hashes.push((await attachFile(ctx('2026-11-24T11:30'), caseId, file)).sha256);
    }
    await relayPackage(ctx('2026-11-25T09:00'), caseId, 'D01');
    expect(await syncOnce(nodeSyncDeps(akimat))).toMatchObject({ kind: 'ok' });
    return { caseId, hashes };
  }

  it('learns the okrugs’ names and fetches every scan; the inbox then names the okrug and misses no file', async () => {
    const akimat = await enrolledPc('akimat', '0101');
    const district = await enrolledPc('district', 'D01');
    const { caseId, hashes } = await relayedCase(akimat);
    const run = await syncOnce(nodeSyncDeps(district));
    expect(run).toMatchObject({ kind: 'ok' });
    const before = await districtInbox(district, '2026-11-25T09:30');
    expect(before.rows.map((r) => r.filesMissing)).toEqual([2]);
    expect(before.officeNames).toEqual({});

    expect(await afterDistrictSync(district, run)).toEqual({ directory: true, fetched: 2, missing: 0 });
    expect((await district.attachments.where('caseId').equals(caseId).toArray()).map((a) => a.sha256).sort()).toEqual([...hashes].sort());
    const after = await districtInbox(district, '2026-11-25T09:30');
    expect(after.rows.map((r) => r.filesMissing)).toEqual([0]);
    expect(after.officeNames['0101']).toEqual({
      kk: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      ru: 'Аппарат акима поселкового округа Жансугуров',
    });
    expect((await loadDirectory(district))?.districts.D01.ru).toBe('Отдел занятости и социальных программ Аксуского района');
    // Nothing new: the names are not asked again, no file is fetched twice.
    expect(await afterDistrictSync(district, { kind: 'ok', pushed: 0, pulled: 0 })).toEqual({ directory: false, fetched: 0, missing: 0 });
  });

  it('keeps no file whose bytes do not match its hash, and names the files still missing when the link is down', async () => {
    // Another office of the district: 0101 already has its akim on the roster from the test above.
    const akimat = await enrolledPc('akimat', '0102');
    const district = await enrolledPc('district', 'D01');
    const { caseId } = await relayedCase(akimat);
    const run = await syncOnce(nodeSyncDeps(district));

    const tampered: FetchLike = async (url, init) => {
      const answer = await fetch(url, init);
      if (!url.includes('/attachments/')) return answer;
      const bytes = new Uint8Array(await answer.arrayBuffer());
      bytes[bytes.length - 1] ^= 0xff;
      return new Response(bytes, { status: 200 });
    };
    // (This district also holds the first test's package: counts cover both.)
    const waiting = (await district.events.filter((e) => e.type === 'packageRelayed').toArray()).length * 2;
    expect(await afterDistrictSync(district, run, tampered)).toMatchObject({ fetched: 0, missing: waiting });
    expect(await district.attachments.count()).toBe(0);

    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await afterDistrictSync(district, run, offline)).toMatchObject({ fetched: 0, missing: waiting });
    expect((await missingPackageFiles(district, caseId)).map((f) => f.name).sort()).toEqual(['туу-куәлік.png', 'өтініш.png'].sort());
    // A failed run does nothing in the background.
    expect(
      await afterDistrictSync(district, {
        kind: 'failed',
        failure: { code: 'network', message: { kk: '', ru: '' }, offline: true, fatal: false },
        delayMs: 1000,
      }),
    ).toEqual({ directory: false, fetched: 0, missing: 0 });
    // The link is back: everything arrives.
    expect(await afterDistrictSync(district, run)).toMatchObject({ fetched: waiting, missing: 0 });
    expect(await missingPackageFiles(district, caseId)).toEqual([]);
  });
});
