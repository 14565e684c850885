// POST /enroll checks the unit a PC was set up as, on SQLite and on PostgreSQL:
// a code for another office or district is refused before it is spent, the
// refusal tells only a holder of a usable code which unit the code is for, and
// a successful enrollment answers the unit's names in both languages.
import { describe, expect, it } from 'vitest';
import { EnrollResponse, PROTOCOL_VERSION, UnitMismatchBody, type UnitRef } from '../../shared/sync/protocol';
import { SyncClient } from './testing/client';
import { BACKENDS, REGION } from './testing/harness';
import { useTestServer } from './testing/use-server';

describe.each(BACKENDS)('enrollment checks the unit on %s', (backend) => {
  const server = useTestServer(backend);

  const enroll = (code: string, unit?: UnitRef) =>
    new SyncClient(server.url).request('POST', '/enroll', {
      protocol: PROTOCOL_VERSION,
      code,
      deviceName: 'ПК',
      ...(unit ? { unit } : {}),
    });

  it('refuses a code issued for another office, names both codes in kk and ru, and the code still enrolls the right PC', async () => {
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const refused = await enroll(code, { kind: 'office', code: '0102' });
    expect(refused.status).toBe(409);
    const body = UnitMismatchBody.parse(refused.body);
    expect(body.unit).toEqual({ kind: 'office', code: '0101' });
    expect(body.message.kk).toContain('«0101»');
    expect(body.message.kk).toContain('«0102»');
    expect(body.message.ru).toContain('Код не израсходован');
    const before = await server.store.devices.list();
    // Refusing twice spends nothing either.
    expect((await enroll(code, { kind: 'office', code: '0102' })).status).toBe(409);
    expect(await server.store.devices.list()).toEqual(before);

    const ok = await enroll(code, { kind: 'office', code: '0101' });
    expect(ok.status).toBe(200);
    const answer = EnrollResponse.parse(ok.body);
    expect(answer.scope).toEqual({ kind: 'office', officeCode: '0101', districtCode: 'D01' });
    expect(answer.unitName).toEqual({ kk: REGION.offices[0].name, ru: 'Аппарат акима поселкового округа Жансугуров' });
    // Spent now: the same code is unknown, whatever unit the PC names.
    expect((await enroll(code, { kind: 'office', code: '0102' })).status).toBe(401);
  });

  it('refuses a district code to a PC set up as an office, and an office code to a district PC', async () => {
    const districtCode = await server.store.admin.issueEnrollmentCode({ districtCode: 'D01' });
    const asOffice = await enroll(districtCode, { kind: 'office', code: 'D01' });
    expect(asOffice.status).toBe(409);
    expect(UnitMismatchBody.parse(asOffice.body).unit).toEqual({ kind: 'district', code: 'D01' });
    const officeCode = await server.store.admin.issueEnrollmentCode({ officeCode: '0201' });
    const asDistrict = await enroll(officeCode, { kind: 'district', code: 'D02' });
    expect(asDistrict.status).toBe(409);
    expect(UnitMismatchBody.parse(asDistrict.body).unit).toEqual({ kind: 'office', code: '0201' });

    // The right district PC gets its names; without a Russian name only the Kazakh one comes.
    const district = EnrollResponse.parse((await enroll(districtCode, { kind: 'district', code: 'D01' })).body);
    expect(district).toMatchObject({ deviceId: expect.stringMatching(/^D01-/), unitName: { ru: expect.stringContaining('Аксуского') } });
    const office = EnrollResponse.parse((await enroll(officeCode, { kind: 'office', code: '0201' })).body);
    expect(office.unitName).toEqual({ kk: REGION.offices[2].name });
  });

  it('tells a stranger nothing: an unknown, spent or expired code is 401 whatever unit is named', async () => {
    const unknown = await enroll('ABCDE-FGH23', { kind: 'office', code: '0101' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ code: 'invalidEnrollmentCode', message: expect.any(Object) });
    const spent = await server.store.admin.issueEnrollmentCode({ officeCode: '0102' });
    expect((await enroll(spent)).status).toBe(200);
    expect((await enroll(spent, { kind: 'office', code: '0101' })).body).toMatchObject({ code: 'invalidEnrollmentCode' });
    const expired = await server.store.admin.issueEnrollmentCode({ officeCode: '0102' }, -1);
    expect((await enroll(expired, { kind: 'office', code: '0101' })).body).toEqual({
      code: 'invalidEnrollmentCode',
      message: expect.any(Object),
    });
  });

  it('still enrolls an older PC that names no unit, and answers it the names too', async () => {
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0102' });
    const r = await enroll(code);
    expect(r.status).toBe(200);
    expect(EnrollResponse.parse(r.body)).toMatchObject({
      scope: { officeCode: '0102' },
      unitName: { kk: REGION.offices[1].name, ru: 'Аппарат акима Аксуского сельского округа' },
    });
  });

  it('refuses a malformed unit as a bad request', async () => {
    const code = await server.store.admin.issueEnrollmentCode({ officeCode: '0101' });
    const r = await new SyncClient(server.url).request('POST', '/enroll', {
      protocol: PROTOCOL_VERSION,
      code,
      unit: { kind: 'okrug', code: '0101' },
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'badRequest' });
    expect((await enroll(code, { kind: 'office', code: '0101' })).status).toBe(200);
  });
});
