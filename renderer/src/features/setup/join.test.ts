// A second PC of an office joins it at first run, against the real sync server
// (in-process, SQLite): it creates no first person, takes its staff and its
// commission from the first pull, and anyone on the staff signs in on it offline.
// A wrong code, another office's code or no server leave it un-set-up.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { REGION } from '../../../../sync-server/src/testing/harness';
import { AkimatDb } from '@renderer/db/schema';
import { actsWithAkimServices } from '@renderer/catalog/catalog';
import { enrollPc, nodeSyncDeps, useSyncServer } from '@renderer/testing/sync-harness';
import { officePc, register } from '@renderer/testing/office-pc';
import { setUpPc } from '@renderer/features/district/test-fixtures';
import { writeContextFor } from '@renderer/features/district/device';
import { addUser, checkPassword } from '@renderer/features/staff/staff-store';
import { createCommission } from '@renderer/features/commission/commands';
import { syncOnce } from '@renderer/features/sync/engine';
import { loadIdentity } from '@renderer/features/sync/state';
import { secretsFor } from '@renderer/host/secrets';
import { enrollToJoin, joinProblems, pullStaff, type JoinInput } from './join';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

let counter = 0;
const blankPc = () => new AkimatDb(`join-${Date.now()}-${++counter}`);
const codeFor = (target: { officeCode: string } | { districtCode: string }) => server.store.admin.issueEnrollmentCode(target);
const sync = (db: AkimatDb) => () => syncOnce(nodeSyncDeps(db));
const input = async (officeCode: string, code?: string): Promise<JoinInput> => ({
  kind: 'akimat',
  serverUrl: server.url,
  code: code ?? (await codeFor({ officeCode })),
  officeCode,
});

/** PC A of the office: its akim set it up; adds a clerk and forms the commission, then syncs. */
async function officeWorkingOnPcA(officeCode: string) {
  const { db, settings } = await officePc('A', officeCode, 'akim');
  const [akim] = await db.users.toArray();
  const ctx = writeContextFor(db, await settings(), akim, '2026-11-23T10:00');
  const clerk = await addUser(ctx, { name: 'Сәрсенова Әлия', role: 'clerk', password: 'clerk-құпия-1' });
  const commission = await createCommission(ctx, {
    officeCode,
    decision: { number: '17', date: '2026-01-15' },
    members: [
      { fullName: 'Жұмабеков Серік', position: 'Әкім орынбасары', role: 'chair', from: '2026-01-15' },
      { fullName: 'Ғалымжанова Әсел', position: 'Бас маман', role: 'secretary', from: '2026-01-15' },
    ],
  });
  await enrollPc(server, db, { officeCode });
  expect(await syncOnce(nodeSyncDeps(db))).toMatchObject({ kind: 'ok', pushed: 3 });
  return { db, akim, clerk, commission };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('joining an office that already works on another PC', () => {
  it('gets the staff and the commission on the first sync; the clerk signs in on it offline', async () => {
    const a = await officeWorkingOnPcA('0101');
    const b = blankPc();
    expect(await enrollToJoin(b, await input('0101'))).toEqual({ ok: true });
    // Settings from the server and the defaults; no first person of its own.
    expect(await b.settings.get('office')).toMatchObject({
      officeCode: '0101',
      deviceLetter: 'B',
      nameKk: REGION.offices[0].name,
      nameRu: REGION.offices[0].nameRu,
      hours: DEFAULT_OFFICE_HOURS,
      actIds: actsWithAkimServices().map((act) => act.id),
    });
    expect((await b.settings.get('office'))?.kind).toBeUndefined();
    expect(await b.users.count()).toBe(0);
    expect(await b.events.count()).toBe(0);

    expect(await pullStaff(b, sync(b))).toEqual({ kind: 'ready', staff: 2 });
    expect((await b.users.toArray()).map((u) => [u.name, u.role]).sort()).toEqual([
      [a.akim.name, 'akim'],
      ['Сәрсенова Әлия', 'clerk'],
    ]);
    expect(await b.commissions.get(a.commission.id)).toEqual(a.commission);

    // Offline: no request leaves the PC to check a password.
    const network = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('offline'));
    expect(await checkPassword(b, a.clerk.id, 'clerk-құпия-1')).toMatchObject({ id: a.clerk.id, name: 'Сәрсенова Әлия' });
    expect(await checkPassword(b, a.clerk.id, 'wrong-password')).toBeNull();
    expect(await checkPassword(b, a.akim.id, 'құпия-сөз')).toMatchObject({ role: 'akim' });
    expect(network).not.toHaveBeenCalled();
    network.mockRestore();

    // What B writes is accepted: its people are on the office's roster, nothing is held back.
    expect((await register(b)).number).toMatch(/^0101-\d{2}B-/);
    const written = await b.outbox.count();
    expect(await syncOnce(nodeSyncDeps(b))).toMatchObject({ kind: 'ok', pushed: written });
    expect(await b.outbox.where('state').notEqual('sent').count()).toBe(0);
    expect(await syncOnce(nodeSyncDeps(a.db))).toMatchObject({ kind: 'ok', pulled: written });
  });

  it('says so when the office has no staff on the server, and continues after a restart once PC A has synced', async () => {
    const name = `join-restart-${Date.now()}`;
    const b = new AkimatDb(name);
    expect(await enrollToJoin(b, await input('0201'))).toEqual({ ok: true });
    expect(await pullStaff(b, sync(b))).toEqual({ kind: 'noStaff' });

    // The app is closed while waiting; PC A syncs its staff meanwhile.
    b.close();
    await officeWorkingOnPcA('0201');
    const reopened = new AkimatDb(name);
    // B enrolled first, so the server gave it the office's first letter.
    expect(await reopened.settings.get('office')).toMatchObject({ officeCode: '0201', deviceLetter: 'A', deviceId: '0201-A' });
    expect(await loadIdentity(reopened)).toMatchObject({ deviceId: '0201-A' });
    expect(await pullStaff(reopened, sync(reopened))).toEqual({ kind: 'ready', staff: 2 });
  });

  it('joins a district department the same way, with its names and kind', async () => {
    const a = await setUpPc('district', 'D01');
    await enrollPc(server, a, { districtCode: 'D01' });
    expect(await syncOnce(nodeSyncDeps(a))).toMatchObject({ kind: 'ok', pushed: 1 });
    const b = blankPc();
    const joined = await enrollToJoin(b, {
      kind: 'district',
      serverUrl: server.url,
      code: await codeFor({ districtCode: 'D01' }),
      officeCode: 'D01',
    });
    expect(joined).toEqual({ ok: true });
    expect(await b.settings.get('office')).toMatchObject({
      kind: 'district',
      officeCode: 'D01',
      nameKk: REGION.districts[0].name,
      nameRu: REGION.districts[0].nameRu,
    });
    expect(await pullStaff(b, sync(b))).toEqual({ kind: 'ready', staff: 1 });
  });
});

describe('a join that fails leaves the PC on the first-run screen', () => {
  async function unchanged(db: AkimatDb) {
    expect(await db.settings.get('office')).toBeUndefined();
    expect(await loadIdentity(db)).toBeUndefined();
    expect(await secretsFor(db.name).get('deviceToken')).toBeUndefined();
  }

  it('refuses a code of another office in kk and ru; the code stays usable for the right office', async () => {
    const b = blankPc();
    const code = await codeFor({ officeCode: '0101' });
    const result = await enrollToJoin(b, await input('0102', code));
    expect(result).toEqual({
      ok: false,
      message: {
        kk: expect.stringContaining('Бұл код «0101» кеңсесіне арналған, ал енгізілген кеңсе коды — «0102»'),
        ru: expect.stringContaining('Этот код выдан аппарату «0101», а введён код аппарата «0102»'),
      },
    });
    if (!result.ok) expect(result.message.ru).toContain('Код не израсходован');
    await unchanged(b);
    expect(await enrollToJoin(b, await input('0101', code))).toEqual({ ok: true });
  });

  it('refuses a district code on an akimat PC', async () => {
    const b = blankPc();
    const result = await enrollToJoin(b, await input('D01', await codeFor({ districtCode: 'D01' })));
    expect(result).toMatchObject({ ok: false, message: { ru: expect.stringContaining('Этот код выдан районному отделу') } });
    await unchanged(b);
  });

  it('explains a wrong code and a server that does not answer', async () => {
    const b = blankPc();
    const wrong = await enrollToJoin(b, await input('0101', 'WRONG-CODE1'));
    expect(wrong).toMatchObject({ ok: false, message: { kk: expect.stringContaining('Тіркеу коды жарамсыз') } });
    await unchanged(b);
    const down = await enrollToJoin(b, { ...(await input('0101')), serverUrl: 'http://127.0.0.1:9' });
    expect(down).toMatchObject({ ok: false, message: { ru: expect.stringContaining('Не удалось связаться с сервером') } });
    await unchanged(b);
  });

  it('checks the typed values before asking the server', () => {
    expect(joinProblems({ kind: 'akimat', serverUrl: 'server', code: ' ', officeCode: '01 01' })).toEqual({
      serverUrl: 'sync.serverUrlBad',
      code: 'common.required',
      officeCode: 'setup.officeCodeBad',
    });
    expect(joinProblems({ kind: 'district', serverUrl: 'http://10.0.0.5:8787', code: 'ABCDE-12345', officeCode: 'd' })).toEqual({
      officeCode: 'setup.problemDistrictCode',
    });
  });
});
