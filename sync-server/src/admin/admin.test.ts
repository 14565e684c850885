// The admin CLI against both storages: Almaty import, codes, devices, publications, backups.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_THRESHOLDS } from '../../../shared/commission/thresholds';
import { openStore, type SqlStore } from '../storage';
import { type BackendResources, BACKENDS, backendResources } from '../testing/harness';
import { foldPlaceName } from './almaty-import';
import { runAdmin } from './cli';

const SEED = fileURLToPath(new URL('../../../shared/catalog/seed/', import.meta.url));

describe.each(BACKENDS)('admin CLI on %s', (backend) => {
  let resources: BackendResources;
  let store: SqlStore;
  const lines: string[] = [];
  const admin = (...argv: string[]) => runAdmin(argv, store, (l) => lines.push(l));

  beforeAll(async () => {
    resources = await backendResources(backend);
    store = await openStore(resources);
  });
  afterAll(async () => {
    await store?.close();
    await resources?.dispose();
  });

  it("imports the Almaty districts and village akimats with codes, matching the two tables' spellings", async () => {
    expect(await admin('import:almaty')).toBe(0);
    expect(lines.at(-1)).not.toContain('Ауданы табылмаған');
    const districts = await store.admin.listDistricts();
    const offices = await store.admin.listOffices();
    expect(districts).toHaveLength(19);
    expect(offices).toHaveLength(254);
    expect(offices.find((o) => o.code === '0101')).toMatchObject({ districtCode: 'D01', name: expect.stringContaining('Жансүгіров') });
    expect(foldPlaceName('Балхаш ауданы')).toBe(foldPlaceName('Балқаш ауданы'));
    // The tables are Kazakh only: a district PC of Ақсу reads its offices' Russian names from the directory.
    const directory = await store.admin.directory({
      id: 'D01-A',
      kind: 'district',
      officeCode: null,
      districtCode: 'D01',
      letter: 'A',
      name: null,
      enrolledAt: '',
      revokedAt: null,
    });
    expect(directory.districts[0]!.name.ru).toBe('Отдел занятости и социальных программ Аксуского района');
    expect(directory.offices.find((o) => o.code === '0102')!.name).toEqual({
      kk: 'Ақсу селолық округ аудан әкімінің аппараты',
      ru: 'Аппарат акима сельского округа Аксу',
    });
    expect(lines.join('\n')).toContain('Импортталды: 19 аудан, 254 мекеме');
  });

  it('issues a one-time code, lists and revokes the device it enrolled', async () => {
    await admin('code:issue', '--office', '0305');
    const code = /: ([A-Z0-9]{5}-[A-Z0-9]{5})$/m.exec(lines.join('\n'))![1];
    const enrolled = await store.devices.enroll(code, 'Қабылдау бөлмесі');
    expect(enrolled?.device.id).toBe('0305-A');
    expect(await store.devices.enroll(code, 'again')).toBeNull();
    lines.length = 0;
    await admin('devices:list');
    expect(lines[0]).toContain('0305-A\toffice\t0305\tD03\tҚабылдау бөлмесі');
    expect(await admin('devices:revoke', '0305-A')).toBe(0);
    expect((await store.devices.authenticate(enrolled!.token)).kind).toBe('revoked');
    expect(await admin('devices:revoke', '0305-A')).toBe(1);
    await expect(admin('code:issue', '--office', '9999')).rejects.toThrow(/no office/);
  });

  it('publishes a catalog file, a calendar and income thresholds after validating them, and refuses a broken one', async () => {
    expect(await admin('publish:catalog', join(SEED, 'kzo-590-2014.json'))).toBe(0);
    const calendar = join(resources.dataDir, 'calendar.json');
    writeFileSync(calendar, JSON.stringify({ version: '2027.1', years: { '2027': { kurbanAit: '2027-05-16' } } }));
    expect(await admin('publish:calendar', calendar)).toBe(0);
    const broken = join(resources.dataDir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ version: '2027.2', years: { '2027': { kurbanAit: '2027-02-30' } } }));
    lines.length = 0;
    expect(await admin('publish:calendar', broken)).toBe(1);
    expect(lines[0]).toContain('Файл жарамсыз');
    const thresholds = join(resources.dataDir, 'thresholds.json');
    writeFileSync(thresholds, JSON.stringify({ ...BUNDLED_THRESHOLDS, version: '2027.1' }));
    expect(await admin('publish:thresholds', thresholds)).toBe(0);
    expect(lines.at(-1)).toContain('Жарияланды: thresholds 2027.1');
    writeFileSync(broken, JSON.stringify({ version: '2027.2', rows: [{ ...BUNDLED_THRESHOLDS.rows[0], share: -0.7 }] }));
    lines.length = 0;
    expect(await admin('publish:thresholds', broken)).toBe(1);
    expect(lines[0]).toMatch(/^Файл жарамсыз: rows\.0\.share: /);
    const device = await store.devices.enroll(await store.admin.issueEnrollmentCode({ officeCode: '0101' }), undefined);
    const page = await store.events.pull(device!.device, 0, 10);
    expect(page.publications.map((p) => `${p.kind} ${p.version}`)).toEqual([
      'catalog kzo-590-2014',
      'calendar 2027.1',
      'thresholds 2027.1',
    ]);
  });

  it('backs up the database to a file that holds the same data', async () => {
    const target = join(resources.dataDir, backend === 'sqlite' ? 'backup.sqlite' : 'backup.sql');
    expect(await admin('backup', target)).toBe(0);
    expect(existsSync(target)).toBe(true);
    if (backend === 'sqlite') {
      const copy = new Database(target, { readonly: true });
      expect((copy.prepare('SELECT COUNT(*) AS n FROM offices').get() as { n: number }).n).toBe(254);
      copy.close();
    } else {
      expect(readFileSync(target, 'utf8')).toContain('Жансүгіров кенттік округ');
    }
  });
});

it('prints its commands in both languages when asked for help', async () => {
  const lines: string[] = [];
  expect(await runAdmin([], {} as SqlStore, (l) => lines.push(l))).toBe(0);
  expect(lines[0]).toContain('Қолданылуы');
  expect(lines[0]).toContain('Использование');
});
