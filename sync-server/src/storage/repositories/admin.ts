// Districts, offices, enrollment codes and publications: what the admin CLI
// writes, and the directory of names a device reads from it.
import type { PublicationKind } from '../../../../shared/sync/protocol';
import type { SqlDriver } from '../driver';
import { now, readCounter, writeCounter } from '../queries';
import { hashSecret, newEnrollmentCode, normaliseEnrollmentCode } from '../secrets';
import type { Device, Directory, EnrollmentTarget } from '../types';

export class AdminRepository {
  constructor(private readonly driver: SqlDriver) {}

  async createDistrict(code: string, name: string, nameRu?: string): Promise<void> {
    await this.driver.transaction('write', (db) =>
      db.run(
        'INSERT INTO districts (code, name, name_ru, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_ru = COALESCE(excluded.name_ru, districts.name_ru)',
        [code, name, nameRu ?? null, now()],
      ),
    );
  }

  async createOffice(code: string, name: string, districtCode: string, nameRu?: string): Promise<void> {
    await this.driver.transaction('write', async (db) => {
      if (!(await db.get('SELECT code FROM districts WHERE code = ?', [districtCode]))) throw new Error(`no district "${districtCode}"`);
      await db.run(
        'INSERT INTO offices (code, name, name_ru, district_code, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_ru = COALESCE(excluded.name_ru, offices.name_ru), district_code = excluded.district_code',
        [code, name, nameRu ?? null, districtCode, now()],
      );
    });
  }

  listOffices() {
    return this.driver.transaction('read', (db) =>
      db.all<{ code: string; name: string; districtCode: string }>(
        'SELECT code, name, district_code AS "districtCode" FROM offices ORDER BY code',
      ),
    );
  }

  listDistricts() {
    return this.driver.transaction('read', (db) =>
      db.all<{ code: string; name: string }>('SELECT code, name FROM districts ORDER BY code'),
    );
  }

  /** Names of the offices and the district in a device's scope, in Kazakh and Russian (GET /directory). */
  async directory(device: Device): Promise<Directory> {
    type Row = { code: string; name: string; name_ru: string | null; district_code?: string };
    const bilingual = (r: Row) => ({ kk: r.name, ru: r.name_ru ?? r.name });
    return this.driver.transaction('read', async (db) => {
      const districts = await db.all<Row>('SELECT code, name, name_ru FROM districts WHERE code = ?', [device.districtCode]);
      // An office device sees its own office; a district device every office of its district.
      const offices =
        device.kind === 'office'
          ? await db.all<Row>('SELECT code, name, name_ru, district_code FROM offices WHERE code = ?', [device.officeCode])
          : await db.all<Row>('SELECT code, name, name_ru, district_code FROM offices WHERE district_code = ? ORDER BY code', [
              device.districtCode,
            ]);
      return {
        districts: districts.map((d) => ({ code: d.code, name: bilingual(d) })),
        offices: offices.map((o) => ({ code: o.code, districtCode: o.district_code!, name: bilingual(o) })),
      };
    });
  }

  /** The Kazakh and, when given, the Russian name of a device's own office or district (the answer to POST /enroll). */
  async unitName(device: Device): Promise<{ kk: string; ru?: string } | null> {
    const row = await this.driver.transaction('read', (db) =>
      device.kind === 'office'
        ? db.get<{ name: string; name_ru: string | null }>('SELECT name, name_ru FROM offices WHERE code = ?', [device.officeCode])
        : db.get<{ name: string; name_ru: string | null }>('SELECT name, name_ru FROM districts WHERE code = ?', [device.districtCode]),
    );
    if (!row) return null;
    return row.name_ru ? { kk: row.name, ru: row.name_ru } : { kk: row.name };
  }

  /** A one-time code that enrolls one device of the office (or district); only its hash is kept. */
  async issueEnrollmentCode(target: EnrollmentTarget, ttlHours = 7 * 24): Promise<string> {
    const code = newEnrollmentCode();
    await this.driver.transaction('write', async (db) => {
      let districtCode = target.districtCode;
      if (target.officeCode) {
        const office = await db.get<{ district_code: string }>('SELECT district_code FROM offices WHERE code = ?', [target.officeCode]);
        if (!office) throw new Error(`no office "${target.officeCode}"`);
        districtCode = office.district_code;
      } else if (!districtCode || !(await db.get('SELECT code FROM districts WHERE code = ?', [districtCode]))) {
        throw new Error(`no district "${districtCode ?? ''}"`);
      }
      const expires = new Date(Date.now() + ttlHours * 3600_000).toISOString();
      await db.run('INSERT INTO enrollment_codes (code_hash, office_code, district_code, expires_at) VALUES (?, ?, ?, ?)', [
        hashSecret(normaliseEnrollmentCode(code)),
        target.officeCode ?? null,
        districtCode,
        expires,
      ]);
    });
    return code;
  }

  /** Stores a catalog, calendar or threshold table under the next server sequence number, so pulls carry it in order. */
  async publish(kind: PublicationKind, version: string, data: unknown): Promise<number> {
    return this.driver.transaction('write', async (db) => {
      const seq = (await readCounter(db)) + 1;
      await db.run('INSERT INTO publications (server_seq, kind, version, data, published_at) VALUES (?, ?, ?, ?, ?)', [
        seq,
        kind,
        version,
        JSON.stringify(data),
        now(),
      ]);
      await writeCounter(db, seq);
      return seq;
    });
  }
}
