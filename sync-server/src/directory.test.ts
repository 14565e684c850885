// GET /directory: a device learns the Kazakh and Russian names of the offices
// and the district in its scope, on SQLite and on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { DirectoryResponse, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { runAdmin } from './admin/cli';
import { openDriver } from './storage';
import { BACKENDS, backendResources, REGION, startServer, TestDevice } from './testing/harness';
import { FIRST_RELEASE_SCHEMA } from './testing/schema';
import { useTestServer } from './testing/use-server';
import { SyncClient } from './testing/client';

describe.each(BACKENDS)('office and district names on %s', (backend) => {
  const server = useTestServer(backend);

  const directoryOf = async (device: SyncClient) => {
    const r = await device.request('GET', '/directory');
    expect(r.status).toBe(200);
    return DirectoryResponse.parse(r.body);
  };

  it('gives a district device its district and every office of it, in both languages', async () => {
    const district = await TestDevice.enroll(server.url, server.store, { districtCode: 'D01' });
    const answer = await directoryOf(district);
    expect(answer.protocol).toBe(PROTOCOL_VERSION);
    expect(answer.districts).toEqual([
      { code: 'D01', name: { kk: REGION.districts[0].name, ru: 'Отдел занятости и социальных программ Аксуского района' } },
    ]);
    expect(answer.offices).toEqual([
      {
        code: '0101',
        districtCode: 'D01',
        name: { kk: 'Жансүгіров кенттік округ аудан әкімінің аппараты', ru: 'Аппарат акима поселкового округа Жансугуров' },
      },
      {
        code: '0102',
        districtCode: 'D01',
        name: { kk: 'Ақсу селолық округ аудан әкімінің аппараты', ru: 'Аппарат акима Аксуского сельского округа' },
      },
    ]);
  });

  it('gives an office device only its own office; without a Russian name the Kazakh one stands for both', async () => {
    const office = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    const answer = await directoryOf(office);
    expect(answer.offices).toEqual([
      {
        code: '0201',
        districtCode: 'D02',
        name: { kk: 'Үшарал қалалық округ әкімінің аппараты', ru: 'Үшарал қалалық округ әкімінің аппараты' },
      },
    ]);
    expect(answer.districts.map((d) => d.code)).toEqual(['D02']);
  });

  it('refuses a caller without a token', async () => {
    const r = await new SyncClient(server.url).request('GET', '/directory');
    expect(r.status).toBe(401);
    expect((r.body as { code: string }).code).toBe('unauthorized');
  });

  it('takes the Russian name from the admin CLI and keeps it when the office is saved again without one', async () => {
    const quiet = () => undefined;
    expect(
      await runAdmin(
        ['office:add', '0201', 'Үшарал қалалық округ әкімінің аппараты', 'D02', '--ru', 'Аппарат акима городского округа Ушарал'],
        server.store,
        quiet,
      ),
    ).toBe(0);
    expect(await runAdmin(['office:add', '0201', 'Үшарал қалалық округ әкімі аппараты', 'D02'], server.store, quiet)).toBe(0);
    const office = await TestDevice.enroll(server.url, server.store, { officeCode: '0201' });
    expect((await directoryOf(office)).offices[0].name).toEqual({
      kk: 'Үшарал қалалық округ әкімі аппараты',
      ru: 'Аппарат акима городского округа Ушарал',
    });
  });

  it('adds the Russian name columns to a first-release database, once, keeping the names saved before', async () => {
    const resources = await backendResources(backend);
    try {
      const old = openDriver(resources);
      await old.exec(FIRST_RELEASE_SCHEMA);
      await old.transaction('write', async (db) => {
        const at = new Date().toISOString();
        await db.run('INSERT INTO districts (code, name, created_at) VALUES (?, ?, ?)', ['D01', REGION.districts[0].name, at]);
        await db.run('INSERT INTO offices (code, name, district_code, created_at) VALUES (?, ?, ?, ?)', [
          '0102',
          REGION.offices[1].name,
          'D01',
          at,
        ]);
      });
      await old.close();
      // The first start adds the columns, the second finds nothing to do.
      await (await startServer(resources)).close();
      const upgraded = await startServer(resources);
      try {
        await upgraded.store.admin.createOffice('0103', 'Жаңа округ', 'D01', 'Новый округ');
        const district = await TestDevice.enroll(upgraded.url, upgraded.store, { districtCode: 'D01' });
        // A name saved before the upgrade has no Russian text: the Kazakh one stands in.
        expect((await directoryOf(district)).offices.map((o) => o.name.ru)).toEqual([REGION.offices[1].name, 'Новый округ']);
      } finally {
        await upgraded.close();
      }
    } finally {
      await resources.dispose();
    }
  });
});
