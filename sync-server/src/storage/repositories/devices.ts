// Enrolled devices: enrollment with a one-time code, token checks, the admin's list and revocation.
import type { UnitRef } from '../../../../shared/sync/protocol';
import type { SqlDriver } from '../driver';
import { now } from '../queries';
import { hashSecret, newDeviceToken, normaliseEnrollmentCode } from '../secrets';
import type { AuthResult, Device } from '../types';

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

export class DeviceRepository {
  constructor(private readonly driver: SqlDriver) {}

  /**
   * The unit a usable code was issued for, without spending it; null when the code is unknown, used
   * or expired (the same for each, so a stranger learns nothing a wrong code would not tell).
   */
  async codeUnit(code: string): Promise<UnitRef | null> {
    const row = await this.driver.transaction('read', (db) =>
      db.get<{ office_code: string | null; district_code: string; expires_at: string; used_at: string | null }>(
        'SELECT office_code, district_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?',
        [hashSecret(normaliseEnrollmentCode(code))],
      ),
    );
    if (!row || row.used_at || row.expires_at < now()) return null;
    return row.office_code ? { kind: 'office', code: row.office_code } : { kind: 'district', code: row.district_code };
  }

  /** Spends the code on a new device with the next free letter; null when the code is unknown, used, expired or the letters ran out. */
  async enroll(code: string, deviceName: string | undefined): Promise<{ device: Device; token: string } | null> {
    const token = newDeviceToken();
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
    // Every request of every device asks this: no transaction and no wait for the log's flush.
    // The epoch comes with it: every push and pull answer carries it, and this saves it a round trip.
    const row = await this.driver.readCommitted<DeviceRow & { server_epoch: string | null }>(
      "SELECT d.*, (SELECT value FROM server_meta WHERE name = 'epoch') AS server_epoch FROM devices d WHERE d.token_hash = ?",
      [hashSecret(token)],
    );
    if (!row) return { kind: 'unknown' };
    const device = toDevice(row);
    return device.revokedAt ? { kind: 'revoked', device } : { kind: 'ok', device, epoch: row.server_epoch ?? '' };
  }

  async list(): Promise<Device[]> {
    const rows = await this.driver.transaction('read', (db) => db.all<DeviceRow>('SELECT * FROM devices ORDER BY enrolled_at, id'));
    return rows.map(toDevice);
  }

  /** True when the device was active and is now revoked. */
  async revoke(id: string): Promise<boolean> {
    const { changes } = await this.driver.transaction('write', (db) =>
      db.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now(), id]),
    );
    return changes === 1;
  }
}
