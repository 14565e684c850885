// The admin console's tables: administrators and their sessions, the PCs' reports
// at sync (device-reports.ts), the names and history the console lists, and the update feed's releases.
import { IssuedStatements, type Queryable, type SqlDriver } from '../driver';
import { now } from '../queries';
import { DEVICE_OVERVIEW_SQL, type DeviceOverview, type DeviceReport, deviceOverview, writeDeviceReport } from './device-reports';

export type { DeviceOverview } from './device-reports';

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

  /** Syncs noted (noteSync) and not yet written: written together, one transaction for many. */
  private readonly notes: { deviceId: string; at: string; report?: DeviceReport; serverError?: string }[] = [];
  private notesWritten: Promise<void> = Promise.resolve();
  /** What noteSync has not written yet: the console's reads wait for it, so they never miss a sync already answered. */
  private unwritten: Promise<unknown> = Promise.resolve();

  private async read<T>(fn: (db: Queryable) => Promise<T>) {
    await this.unwritten;
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

  // ---- what the PCs report (device-reports.ts) ----
  /** Any authenticated request: the device was seen now; with a push or a report, also what it reported. */
  async recordSync(deviceId: string, at: string, report?: DeviceReport, serverError?: string): Promise<void> {
    await this.write((db) => writeDeviceReport(db, deviceId, at, report, serverError));
  }

  /**
   * recordSync for a sync being answered: the answer does not wait for it (it is the console's, not
   * the PC's), and the syncs noted meanwhile are written in one transaction. Resolves once written.
   */
  noteSync(deviceId: string, at: string, report?: DeviceReport, serverError?: string): Promise<void> {
    this.notes.push({ deviceId, at, report, serverError });
    // The first note books the write; those noted before it runs go with it.
    if (this.notes.length === 1) this.notesWritten = this.write((db) => this.writeNotes(db));
    const written = this.notesWritten;
    this.unwritten = Promise.all([this.unwritten, written.catch(() => undefined)]);
    return written;
  }

  private async writeNotes(db: Queryable): Promise<void> {
    const notes = this.notes.splice(0);
    const latest = new Map<string, string>();
    const markedOnly = new Set<string>();
    // Every note's statements issued at once (one round trip on PostgreSQL), in the order noted.
    const writes = new IssuedStatements();
    for (const note of notes) {
      if (note.report || note.serverError !== undefined)
        writes.add(writeDeviceReport(db, note.deviceId, note.at, note.report, note.serverError));
      else markedOnly.add(note.deviceId);
      if (note.at > (latest.get(note.deviceId) ?? '')) latest.set(note.deviceId, note.at);
    }
    // Seen-only marks after the reports, many in one statement, each device at its latest sync.
    const marks = [...markedOnly].map((id) => [id, latest.get(id)!]);
    for (let i = 0; i < marks.length; i += 200) {
      const part = marks.slice(i, i + 200);
      writes.add(
        db.run(
          `INSERT INTO device_reports (device_id, seen_at) VALUES ${part.map(() => '(?, ?)').join(', ')}
         ON CONFLICT (device_id) DO UPDATE SET seen_at = excluded.seen_at`,
          part.flat(),
        ),
      );
    }
    await writes.settled();
  }

  /** Once every noteSync so far is written (or failed). */
  async settled(): Promise<void> {
    await this.unwritten;
  }

  async devices(district: string | null): Promise<DeviceOverview[]> {
    const [where, params] = scoped('d.district_code', district);
    const rows = await this.read((db) => db.all<Record<string, unknown>>(`${DEVICE_OVERVIEW_SQL} WHERE ${where} ORDER BY d.id`, params));
    return rows.map(deviceOverview);
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
