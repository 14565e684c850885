// The one SyncStore, written once over the SqlDriver (SQLite or PostgreSQL).
import { createHash, randomBytes } from 'node:crypto';
import type { CaseEvent } from '../../../shared/case/events';
import type { Publication, PublicationKind, PulledEvent, RelayStatus } from '../../../shared/sync/protocol';
import type { Queryable, SqlDriver } from './driver';
import { checkAndStoreBatch } from './push-batch';
import { missingAttachments, readCounter, writeCounter } from './queries';
import { ADDED_COLUMNS, SCHEMA } from './schema';
import type { AuthResult, Counts, Device, Directory, EnrollmentTarget, PullPage, PushResult, SyncStore } from './types';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function normaliseEnrollmentCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function newEnrollmentCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

interface DeviceRow {
  id: string;
  kind: 'office' | 'district';
  office_code: string | null;
  district_code: string;
  letter: string;
  name: string | null;
  enrolled_at: string;
  revoked_at: string | null;
}

const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  kind: r.kind,
  officeCode: r.office_code,
  districtCode: r.district_code,
  letter: r.letter,
  name: r.name,
  enrolledAt: r.enrolled_at,
  revokedAt: r.revoked_at,
});

interface EventRow {
  server_seq: number;
  body: string;
  received_at: string;
  eff: number;
}

export class SqlStore implements SyncStore {
  constructor(readonly driver: SqlDriver) {}

  get kind() {
    return this.driver.kind;
  }
  get description() {
    return this.driver.description;
  }

  async migrate(): Promise<void> {
    const statements = SCHEMA.split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    await this.driver.transaction('write', async (db) => {
      for (const sql of statements) await db.run(sql);
      for (const { table, column, type } of ADDED_COLUMNS) await this.addColumn(db, table, column, type);
    });
  }

  /** ALTER TABLE … ADD COLUMN once: PostgreSQL says IF NOT EXISTS, SQLite is asked first. */
  private async addColumn(db: Queryable, table: string, column: string, type: string): Promise<void> {
    if (this.driver.kind === 'postgres') {
      await db.run(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} ${type}`);
      return;
    }
    const columns = await db.all<{ name: string }>(`PRAGMA table_info(${table})`);
    if (!columns.some((c) => c.name === column)) await db.run(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  // ---------- reference data ----------

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

  async listDevices(): Promise<Device[]> {
    const rows = await this.driver.transaction('read', (db) => db.all<DeviceRow>('SELECT * FROM devices ORDER BY enrolled_at, id'));
    return rows.map(toDevice);
  }

  async revokeDevice(id: string): Promise<boolean> {
    const { changes } = await this.driver.transaction('write', (db) =>
      db.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now(), id]),
    );
    return changes === 1;
  }

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

  // ---------- devices ----------

  async enroll(code: string, deviceName: string | undefined): Promise<{ device: Device; token: string } | null> {
    const token = randomBytes(32).toString('base64url');
    return this.driver.transaction('write', async (db) => {
      const codeHash = hashSecret(normaliseEnrollmentCode(code));
      const row = await db.get<{ office_code: string | null; district_code: string; expires_at: string; used_at: string | null }>(
        'SELECT office_code, district_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?',
        [codeHash],
      );
      if (!row || row.used_at || row.expires_at < now()) return null;
      const kind = row.office_code ? 'office' : 'district';
      const unit = row.office_code ?? row.district_code;
      const { n } = (await db.get<{ n: number }>(
        kind === 'office'
          ? 'SELECT COUNT(*) AS n FROM devices WHERE office_code = ?'
          : "SELECT COUNT(*) AS n FROM devices WHERE kind = 'district' AND district_code = ?",
        [unit],
      ))!;
      if (n >= 26) return null;
      // A letter is never reused, even after a revocation: registration numbers carry it.
      const letter = String.fromCharCode(65 + Number(n));
      const device: Device = {
        id: `${unit}-${letter}`,
        kind,
        officeCode: row.office_code,
        districtCode: row.district_code,
        letter,
        name: deviceName ?? null,
        enrolledAt: now(),
        revokedAt: null,
      };
      await db.run(
        'INSERT INTO devices (id, kind, office_code, district_code, letter, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [device.id, kind, device.officeCode, device.districtCode, letter, device.name, hashSecret(token), device.enrolledAt],
      );
      await db.run('UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?', [now(), device.id, codeHash]);
      return { device, token };
    });
  }

  async authenticate(token: string): Promise<AuthResult> {
    const row = await this.driver.transaction('read', (db) =>
      db.get<DeviceRow>('SELECT * FROM devices WHERE token_hash = ?', [hashSecret(token)]),
    );
    if (!row) return { kind: 'unknown' };
    const device = toDevice(row);
    return device.revokedAt ? { kind: 'revoked', device } : { kind: 'ok', device };
  }

  push(device: Device, events: CaseEvent[], receivedAt: string): Promise<PushResult> {
    return this.driver
      .transaction('write', async (db) => {
        const result = await checkAndStoreBatch(db, device, events, receivedAt);
        // A refused batch must leave nothing behind: throwing rolls the transaction back.
        if (!result.ok) throw new RefusedBatchSignal(result);
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof RefusedBatchSignal) return error.result;
        throw error;
      });
  }

  async pull(device: Device, cursor: number, limit: number): Promise<PullPage> {
    return this.driver.transaction('read', async (db) => {
      // Everything up to the counter read first has committed (writers commit in seq order).
      const top = await readCounter(db);
      const rows = await this.scopedEvents(db, device, cursor, top, limit + 1);
      let more = false;
      let page = rows;
      if (rows.length > limit) {
        more = true;
        page = rows.slice(0, limit);
        const last = page[limit - 1];
        // Events that became visible together (a delivered relay) share one cursor value: never split them.
        if (rows[limit].eff === last.eff) {
          const rest = await this.scopedEvents(db, device, last.eff - 1, last.eff, Number.MAX_SAFE_INTEGER);
          page = page.concat(rest.filter((r) => r.server_seq > last.server_seq));
        }
      }
      const next = more ? page[page.length - 1].eff : Math.max(top, cursor);
      const publications = await db.all<{ server_seq: number; kind: PublicationKind; version: string; data: string; published_at: string }>(
        'SELECT server_seq, kind, version, data, published_at FROM publications WHERE server_seq > ? AND server_seq <= ? ORDER BY server_seq',
        [cursor, next],
      );
      return {
        events: page.map((r): PulledEvent => ({ serverSeq: r.server_seq, receivedAt: r.received_at, event: JSON.parse(r.body) })),
        publications: publications.map(
          (p): Publication => ({
            serverSeq: p.server_seq,
            kind: p.kind,
            version: p.version,
            publishedAt: p.published_at,
            data: JSON.parse(p.data),
          }),
        ),
        cursor: next,
        more,
      };
    });
  }

  /** Events in the device's scope whose visibility number is in (after, upTo], in that order. */
  private scopedEvents(db: Queryable, device: Device, after: number, upTo: number, limit: number): Promise<EventRow[]> {
    if (device.kind === 'office') {
      return db.all<EventRow>(
        'SELECT server_seq, body, received_at, server_seq AS eff FROM events WHERE owner_office = ? AND server_seq > ? AND server_seq <= ? ORDER BY server_seq LIMIT ?',
        [device.officeCode, after, upTo, limit],
      );
    }
    // A district sees a relayed case from the moment its package was delivered:
    // the case's earlier events become visible at the delivery's number.
    const eff = 'CASE WHEN c.delivered_seq > e.server_seq THEN c.delivered_seq ELSE e.server_seq END';
    return db.all<EventRow>(
      `SELECT e.server_seq, e.body, e.received_at, ${eff} AS eff FROM events e JOIN cases c ON c.case_id = e.case_id
       WHERE c.district_code = ? AND c.delivered_seq IS NOT NULL AND ${eff} > ? AND ${eff} <= ? ORDER BY eff, e.server_seq LIMIT ?`,
      [device.districtCode, after, upTo, limit],
    );
  }

  // ---------- attachments and relay ----------

  async recordAttachment(sha256: string, size: number, deviceId: string, receivedAt: string): Promise<void> {
    await this.driver.transaction('write', async (db) => {
      await db.run('INSERT INTO attachments (sha256, size, received_at, device_id) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING', [
        sha256,
        size,
        receivedAt,
        deviceId,
      ]);
      const waiting = await db.all<{ case_id: string }>(
        'SELECT case_id FROM cases WHERE delivered_seq IS NULL AND district_code IS NOT NULL AND relay_attachments LIKE ?',
        [`%${sha256}%`],
      );
      let seq = await readCounter(db);
      for (const { case_id } of waiting) {
        if ((await missingAttachments(db, case_id)).length === 0) {
          await db.run('UPDATE cases SET delivered_seq = ? WHERE case_id = ?', [++seq, case_id]);
        }
      }
      await writeCounter(db, seq);
    });
  }

  hasAttachment(sha256: string) {
    return this.driver.transaction(
      'read',
      async (db) => (await db.get<{ size: number }>('SELECT size FROM attachments WHERE sha256 = ?', [sha256])) ?? null,
    );
  }

  canReadAttachment(device: Device, sha256: string): Promise<boolean> {
    return this.driver.transaction('read', async (db) => {
      const sql =
        device.kind === 'office'
          ? 'SELECT 1 AS ok FROM case_attachments ca JOIN cases c ON c.case_id = ca.case_id WHERE ca.sha256 = ? AND c.office_code = ?'
          : 'SELECT 1 AS ok FROM case_attachments ca JOIN cases c ON c.case_id = ca.case_id WHERE ca.sha256 = ? AND c.district_code = ? AND c.delivered_seq IS NOT NULL';
      return (await db.get(sql, [sha256, device.kind === 'office' ? device.officeCode : device.districtCode])) !== undefined;
    });
  }

  relayStatus(device: Device, caseId: string): Promise<RelayStatus | 'outOfScope' | null> {
    return this.driver.transaction('read', async (db) => {
      const c = await db.get<{ office_code: string; district_code: string | null; delivered_seq: number | null }>(
        'SELECT office_code, district_code, delivered_seq FROM cases WHERE case_id = ?',
        [caseId],
      );
      if (!c) return null;
      const mine =
        device.kind === 'office'
          ? c.office_code === device.officeCode
          : c.district_code === device.districtCode && c.delivered_seq !== null;
      if (!mine) return 'outOfScope';
      const missing = c.district_code ? await missingAttachments(db, caseId) : [];
      const state = !c.district_code ? 'none' : c.delivered_seq !== null ? 'delivered' : 'waiting';
      return { caseId, state, districtCode: c.district_code, missing };
    });
  }

  // ---------- operations ----------

  counts(): Promise<Counts> {
    return this.driver.transaction('read', async (db) => {
      const one = async (table: string) => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);
      return {
        events: await one('events'),
        cases: await one('cases'),
        attachments: await one('attachments'),
        devices: await one('devices'),
      };
    });
  }

  exportAll(): Promise<Record<string, unknown[]>> {
    return this.driver.transaction('read', async (db) => {
      const out: Record<string, unknown[]> = {};
      for (const table of [
        'counters',
        'districts',
        'offices',
        'enrollment_codes',
        'devices',
        'cases',
        'events',
        'attachments',
        'case_attachments',
        'publications',
      ]) {
        out[table] = await db.all(`SELECT * FROM ${table}`);
      }
      return out;
    });
  }
}

class RefusedBatchSignal extends Error {
  constructor(readonly result: PushResult) {
    super('batch refused');
  }
}

function now(): string {
  return new Date().toISOString();
}
