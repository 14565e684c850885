// Enrollment checks the unit typed at first run, against the real sync server
// (in-process, SQLite): a code of another office or district is refused in kk
// and ru and stays usable; a PC with nothing written may take the code's unit;
// on success the PC takes its unit's names from the server.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { EnrollResponse } from '@shared/sync/protocol';
import { REGION } from '../../../../sync-server/src/testing/harness';
import { useSyncServer } from '@renderer/testing/sync-harness';
import { officePc, register } from '@renderer/testing/office-pc';
import { setUpPc } from '@renderer/features/district/test-fixtures';
import { enrollDevice, planEnrollment } from './enrollment';
import { loadIdentity } from './state';

// biome-ignore lint/correctness/useHookAtTopLevel: a test harness (vitest hooks), not a React hook.
const server = useSyncServer();

const codeFor = (target: { officeCode: string } | { districtCode: string }) => server.store.admin.issueEnrollmentCode(target);

describe('enrollment checks the unit set up at first run', () => {
  it('refuses a code of another office in kk and ru, changes nothing, and the code still enrolls a PC of that office', async () => {
    const { db, settings } = await officePc('A', '0102');
    const before = await settings();
    const code = await codeFor({ officeCode: '0101' });
    const result = await enrollDevice(db, { serverUrl: server.url, code });
    expect(result).toMatchObject({
      ok: false,
      message: {
        kk: expect.stringContaining('Бұл код «0101» кеңсесіне арналған, ал компьютер «0102» кеңсесі ретінде бапталған'),
        ru: expect.stringContaining('Этот код выдан учреждению «0101», а компьютер настроен как учреждение «0102»'),
      },
      // Nothing written yet: the user may say 0102 was a typo.
      acceptUnit: '0101',
    });
    if (result.ok) return;
    expect(result.message.ru).toContain('Код не израсходован');
    expect(await settings()).toEqual(before);
    expect(await loadIdentity(db)).toBeUndefined();

    const right = await officePc('A', '0101');
    expect(await enrollDevice(right.db, { serverUrl: server.url, code })).toMatchObject({
      ok: true,
      identity: { scope: { officeCode: '0101' } },
    });
  });

  it('takes the code office and its names from the server when the user says the office code was mistyped', async () => {
    const { db, settings } = await officePc('A', '0102');
    const code = await codeFor({ officeCode: '0101' });
    const refused = await enrollDevice(db, { serverUrl: server.url, code });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    const result = await enrollDevice(db, { serverUrl: server.url, code, acceptUnit: refused.acceptUnit });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await settings()).toMatchObject({
      officeCode: '0101',
      deviceId: result.identity.deviceId,
      nameKk: REGION.offices[0].name,
      nameRu: 'Аппарат акима поселкового округа Жансугуров',
    });
    expect(result.notes.map((n) => n.kk).join(' ')).toContain('«0101» болып өзгертілді');
    expect(result.notes.map((n) => n.ru).join(' ')).toContain('Название по данным сервера: «Аппарат акима поселкового округа Жансугуров»');
    expect((await register(db)).number).toMatch(/^0101-/);
  });

  it('offers no other office to a PC that has registered cases; the code stays usable', async () => {
    const { db, settings } = await officePc('A', '0102');
    await register(db);
    const before = await settings();
    const code = await codeFor({ officeCode: '0101' });
    const result = await enrollDevice(db, { serverUrl: server.url, code });
    expect(result).toMatchObject({ ok: false, message: { kk: expect.stringContaining('«0102» кеңсесі ретінде') } });
    expect(result).not.toHaveProperty('acceptUnit');
    expect(await settings()).toEqual(before);
    expect((await enrollDevice((await officePc('A', '0101')).db, { serverUrl: server.url, code })).ok).toBe(true);
  });

  it('keeps the Russian name typed at setup when the server has none, and takes the Kazakh one', async () => {
    const { db, settings } = await officePc('A', '0201');
    const result = await enrollDevice(db, { serverUrl: server.url, code: await codeFor({ officeCode: '0201' }) });
    expect(result.ok).toBe(true);
    expect(await settings()).toMatchObject({ nameKk: REGION.offices[2].name, nameRu: 'Жансугуровский поселковый округ' });
  });

  it('refuses a district PC a code of another district or of an office, and takes the district names on success', async () => {
    const db = await setUpPc('district', 'D02');
    const other = await enrollDevice(db, { serverUrl: server.url, code: await codeFor({ districtCode: 'D01' }) });
    expect(other).toMatchObject({
      ok: false,
      acceptUnit: 'D01',
      message: { kk: expect.stringContaining('«D01» аудандық бөліміне'), ru: expect.stringContaining('районному отделу «D01»') },
    });
    const office = await enrollDevice(db, { serverUrl: server.url, code: await codeFor({ officeCode: '0201' }) });
    expect(office).toMatchObject({ ok: false, message: { ru: expect.stringContaining('Попросите код для районного отдела') } });
    expect(office).not.toHaveProperty('acceptUnit');

    const right = await setUpPc('district', 'D01');
    expect((await enrollDevice(right, { serverUrl: server.url, code: await codeFor({ districtCode: 'D01' }) })).ok).toBe(true);
    expect(await right.settings.get('office')).toMatchObject({
      officeCode: 'D01',
      nameKk: REGION.districts[0].name,
      nameRu: 'Отдел занятости и социальных программ Аксуского района',
    });
  });

  it('plans: another unit from a checking server only when accepted and nothing is written; from an older one as before', () => {
    const local = { officeCode: '0102', deviceLetter: 'A', deviceId: 'x' };
    const older: EnrollResponse = {
      protocol: 1,
      deviceId: '0101-A',
      letter: 'A',
      token: 't',
      serverTime: '',
      scope: { kind: 'office', officeCode: '0101', districtCode: 'D01' },
    };
    const checking: EnrollResponse = { ...older, unitName: { kk: 'Жансүгіров' } };
    const none = { eventCount: 0, sentCount: 0 };
    // An older server has spent the code already: a PC with nothing written takes its office, with a note.
    expect(planEnrollment(local, none, older)).toMatchObject({ kind: 'adopt', officeChanged: true });
    expect(planEnrollment(local, none, checking)).toMatchObject({
      kind: 'refuse',
      reason: 'sync.enrollUnitRefused',
      params: { serverOffice: '0101', localOffice: '0102' },
    });
    expect(planEnrollment(local, none, checking, '0101')).toMatchObject({ kind: 'adopt', officeChanged: true });
    expect(planEnrollment(local, { eventCount: 2, sentCount: 0 }, checking, '0101')).toMatchObject({ reason: 'sync.enrollOfficeMismatch' });
    expect(
      planEnrollment({ ...local, officeCode: 'D02', kind: 'district' }, none, {
        ...checking,
        scope: { kind: 'district', districtCode: 'D01' },
      }),
    ).toMatchObject({
      reason: 'sync.enrollDistrictUnitRefused',
      params: { serverDistrict: 'D01', localDistrict: 'D02' },
    });
  });

  it('sends the unit it was set up as, and keeps its names with an older server that sends none', async () => {
    const { db, settings } = await officePc('A', '0101');
    const before = await settings();
    const sent: unknown[] = [];
    const olderServer: typeof fetch = async (url, init) => {
      const body = JSON.parse(String(init?.body));
      sent.push(body);
      const answer = await fetch(url, init);
      const { unitName: _dropped, ...older } = (await answer.json()) as EnrollResponse;
      return new Response(JSON.stringify(older), { status: answer.status, headers: { 'content-type': 'application/json' } });
    };
    const result = await enrollDevice(db, { serverUrl: server.url, code: await codeFor({ officeCode: '0101' }) }, olderServer);
    expect(result.ok).toBe(true);
    expect(sent).toEqual([expect.objectContaining({ unit: { kind: 'office', code: '0101' } })]);
    expect(await settings()).toMatchObject({ nameKk: before.nameKk, nameRu: before.nameRu });
  });
});
