// The admin console's tables: administrators and their sessions, the PCs' reports
// at sync, the names and history the console lists, and the update feed's releases.
import type { PushDiagnostics } from '../../../../shared/sync/protocol';
import type { Queryable, SqlDriver } from '../driver';
import { now } from '../queries';

export interface ConsoleAdmin {
  login: string;
  passwordHash: string;
  /** Null: the whole region; else only this district's offices and devices. */
  districtCode: string | null;
  failedCount: number;
  lockedUntil: string | null;
}

export interface ConsoleSession {
  login: string;
  districtCode: string | null;
  csrf: string;
  expiresAt: string;
}

export interface DeviceOverview {
  id: string;
  kind: string;
  officeCode: string | null;
  districtCode: string;
  letter: string;
  name: string | null;
  enrolledAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  appVersion: string | null;
  pendingEvents: number | null;
  clockSkewMs: number | null;
  clientError: string | null;
  serverError: string | null;
  serverErrorAt: string | null;
}

export interface UnitRow {
  code: string;
  name: string;
  nameRu: string | null;
  districtCode?: string;
}

export interface Release {
  version: string;
  yml: string;
  fileName: string;
  sha512: string;
  size: number;
  uploadedAt: string;
  complete: boolean;
}

/** `WHERE` for an administrator's scope: the whole region, or one district. */
const scoped = (column: string, district: string | null): [string, unknown[]] =>
  district === null ? ['1 = 1', []] : [`${column} = ?`, [district]];

export class ConsoleRepository {
  constructor(private readonly driver: SqlDriver) {}

  private read<T>(fn: (db: Queryable) => Promise<T>) {
    return this.driver.transaction('read', fn);
  }
  private write<T>(fn: (db: Queryable) => Promise<T>) {
    return this.driver.transaction('write', fn);
  }

  // ---- administrators and sessions ----
  async saveAdmin(login: string, passwordHash: string, districtCode: string | null): Promise<void> {
    await this.write(async (db) => {
      if (districtCode && !(await db.get('SELECT code FROM districts WHERE code = ?', [districtCode])))
        throw new Error(`no district "${districtCode}"`);
      await db.run(
        'INSERT INTO console_admins (login, password_hash, district_code, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET password_hash = excluded.password_hash, district_code = excluded.district_code, failed_count = 0, locked_until = NULL',
        [login, passwordHash, districtCode, now()],
      );
      // A new password (or scope) ends the account's open sessions.
      await db.run('DELETE FROM console_sessions WHERE login = ?', [login]);
    });
  }

  async admin(login: string): Promise<ConsoleAdmin | undefined> {
    const row = await this.read((db) =>
      db.get<{ login: string; password_hash: string; district_code: string | null; failed_count: number; locked_until: string | null }>(
        'SELECT login, password_hash, district_code, failed_count, locked_until FROM console_admins WHERE login = ?',
        [login],
      ),
    );
    return row
      ? {
          login: row.login,
          passwordHash: row.password_hash,
          districtCode: row.district_code,
          failedCount: Number(row.failed_count),
          lockedUntil: row.locked_until,
        }
      : undefined;
  }

  /** One more wrong password, counted in one write transaction so parallel guesses all count; returns the new count. */
  async recordFailure(login: string, lockUntil: (failures: number) => string | null): Promise<number> {
    return this.write(async (db) => {
      const row = await db.get<{ n: number }>('SELECT failed_count AS n FROM console_admins WHERE login = ?', [login]);
      const failures = Number(row?.n ?? 0) + 1;
      await db.run('UPDATE console_admins SET failed_count = ?, locked_until = ? WHERE login = ?', [failures, lockUntil(failures), login]);
      return failures;
    });
  }

  async setFailures(login: string, failedCount: number, lockedUntil: string | null): Promise<void> {
    await this.write((db) =>
      db.run('UPDATE console_admins SET failed_count = ?, locked_until = ? WHERE login = ?', [failedCount, lockedUntil, login]),
    );
  }

  async createSession(idHash: string, login: string, csrf: string, expiresAt: string): Promise<void> {
    await this.write(async (db) => {
      await db.run('DELETE FROM console_sessions WHERE expires_at < ?', [now()]);
      await db.run('INSERT INTO console_sessions (id_hash, login, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
        idHash,
        login,
        csrf,
        now(),
        expiresAt,
      ]);
    });
  }

  async session(idHash: string): Promise<ConsoleSession | undefined> {
    const row = await this.read((db) =>
      db.get<{ login: string; district_code: string | null; csrf: string; expires_at: string }>(
        'SELECT s.login, a.district_code, s.csrf, s.expires_at FROM console_sessions s JOIN console_admins a ON a.login = s.login WHERE s.id_hash = ?',
        [idHash],
      ),
    );
    if (!row || row.expires_at < now()) return undefined;
    return { login: row.login, districtCode: row.district_code, csrf: row.csrf, expiresAt: row.expires_at };
  }

  async endSession(idHash: string): Promise<void> {
    await this.write((db) => db.run('DELETE FROM console_sessions WHERE id_hash = ?', [idHash]));
  }

  // ---- what the PCs report ----
  /** Any authenticated request: the device was seen now; with a push, also what it reported. */
  async recordSync(
    deviceId: string,
    at: string,
    report?: { diagnostics?: PushDiagnostics; clockSkewMs: number | null },
    serverError?: string,
  ): Promise<void> {
    await this.write(async (db) => {
      await db.run(
        'INSERT INTO device_reports (device_id, seen_at) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET seen_at = excluded.seen_at',
        [deviceId, at],
      );
      if (report) {
        const d = report.diagnostics ?? {};
        await db.run(
          'UPDATE device_reports SET reported_at = ?, app_version = COALESCE(?, app_version), pending_events = COALESCE(?, pending_events), client_error = ?, clock_skew_ms = COALESCE(?, clock_skew_ms) WHERE device_id = ?',
          [at, d.appVersion ?? null, d.pendingEvents ?? null, d.lastError ?? null, report.clockSkewMs, deviceId],
        );
      }
      if (serverError !== undefined)
        await db.run('UPDATE device_reports SET server_error = ?, server_error_at = ? WHERE device_id = ?', [
          serverError || null,
          serverError ? at : null,
          deviceId,
        ]);
    });
  }

  async devices(district: string | null): Promise<DeviceOverview[]> {
    const [where, params] = scoped('d.district_code', district);
    const rows = await this.read((db) =>
      db.all<Record<string, unknown>>(
        `SELECT d.id, d.kind, d.office_code, d.district_code, d.letter, d.name, d.enrolled_at, d.revoked_at,
                COALESCE(r.seen_at, d.last_seen_at) AS seen, r.app_version, r.pending_events, r.clock_skew_ms,
                r.client_error, r.server_error, r.server_error_at
           FROM devices d LEFT JOIN device_reports r ON r.device_id = d.id WHERE ${where} ORDER BY d.id`,
        params,
      ),
    );
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => ({
      id: r.id as string,
      kind: r.kind as string,
      officeCode: (r.office_code as string | null) ?? null,
      districtCode: r.district_code as string,
      letter: r.letter as string,
      name: (r.name as string | null) ?? null,
      enrolledAt: r.enrolled_at as string,
      revokedAt: (r.revoked_at as string | null) ?? null,
      lastSeenAt: (r.seen as string | null) ?? null,
      appVersion: (r.app_version as string | null) ?? null,
      pendingEvents: num(r.pending_events),
      clockSkewMs: num(r.clock_skew_ms),
      clientError: (r.client_error as string | null) ?? null,
      serverError: (r.server_error as string | null) ?? null,
      serverErrorAt: (r.server_error_at as string | null) ?? null,
    }));
  }

  // ---- names and history ----
  async districts(district: string | null): Promise<UnitRow[]> {
    const [where, params] = scoped('code', district);
    return this.read((db) => db.all<UnitRow>(`SELECT code, name, name_ru AS "nameRu" FROM districts WHERE ${where} ORDER BY code`, params));
  }

  async offices(district: string | null): Promise<UnitRow[]> {
    const [where, params] = scoped('district_code', district);
    return this.read((db) =>
      db.all<UnitRow>(
        `SELECT code, name, name_ru AS "nameRu", district_code AS "districtCode" FROM offices WHERE ${where} ORDER BY code`,
        params,
      ),
    );
  }

  async officeDistrict(code: string): Promise<string | undefined> {
    const row = await this.read((db) => db.get<{ d: string }>('SELECT district_code AS d FROM offices WHERE code = ?', [code]));
    return row?.d;
  }

  async publications(): Promise<{ seq: number; kind: string; version: string; publishedAt: string }[]> {
    const rows = await this.read((db) =>
      db.all<{ seq: number; kind: string; version: string; publishedAt: string }>(
        'SELECT server_seq AS seq, kind, version, published_at AS "publishedAt" FROM publications ORDER BY server_seq DESC',
      ),
    );
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  // ---- update feed ----
  async saveRelease(r: Omit<Release, 'uploadedAt' | 'complete'>): Promise<void> {
    await this.write((db) =>
      db.run(
        'INSERT INTO update_releases (version, yml, file_name, sha512, size, uploaded_at, complete) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (version) DO UPDATE SET yml = excluded.yml, file_name = excluded.file_name, sha512 = excluded.sha512, size = excluded.size, uploaded_at = excluded.uploaded_at, complete = 0',
        [r.version, r.yml, r.fileName, r.sha512, r.size, now()],
      ),
    );
  }

  async markComplete(version: string): Promise<void> {
    await this.write((db) => db.run('UPDATE update_releases SET complete = 1 WHERE version = ?', [version]));
  }

  async releases(): Promise<Release[]> {
    const rows = await this.read((db) => db.all<Record<string, unknown>>('SELECT * FROM update_releases ORDER BY uploaded_at DESC'));
    return rows.map((r) => ({
      version: r.version as string,
      yml: r.yml as string,
      fileName: r.file_name as string,
      sha512: r.sha512 as string,
      size: Number(r.size),
      uploadedAt: r.uploaded_at as string,
      complete: Number(r.complete) === 1,
    }));
  }

  async rollOut(districtCode: string, version: string): Promise<void> {
    await this.write((db) =>
      db.run(
        'INSERT INTO update_rollouts (district_code, version, rolled_out_at) VALUES (?, ?, ?) ON CONFLICT (district_code) DO UPDATE SET version = excluded.version, rolled_out_at = excluded.rolled_out_at',
        [districtCode, version, now()],
      ),
    );
  }

  async rollouts(): Promise<{ districtCode: string; version: string; rolledOutAt: string }[]> {
    return this.read((db) =>
      db.all('SELECT district_code AS "districtCode", version, rolled_out_at AS "rolledOutAt" FROM update_rollouts ORDER BY district_code'),
    );
  }

  /** The complete release rolled out to a district, if any. */
  async feed(districtCode: string): Promise<Release | undefined> {
    const version = await this.read((db) =>
      db.get<{ version: string }>('SELECT version FROM update_rollouts WHERE district_code = ?', [districtCode]),
    );
    return (await this.releases()).find((r) => r.version === version?.version && r.complete);
  }
}
