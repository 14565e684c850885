// Attachments that arrived (by SHA-256), who may read them, and the relay of a
// case to its district, which is delivered once every listed attachment is here.
import type { RelayStatus } from '../../../../shared/sync/protocol';
import type { SqlDriver } from '../driver';
import { missingAttachments, readCounter, writeCounter } from '../queries';
import type { Device } from '../types';

export class AttachmentRepository {
  constructor(private readonly driver: SqlDriver) {}

  /** Records a verified upload and delivers every relay that was waiting only for it. */
  async record(sha256: string, size: number, deviceId: string, receivedAt: string): Promise<void> {
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

  has(sha256: string) {
    return this.driver.transaction(
      'read',
      async (db) => (await db.get<{ size: number }>('SELECT size FROM attachments WHERE sha256 = ?', [sha256])) ?? null,
    );
  }

  /** An office reads its own cases' files; a district those of cases delivered to it. */
  canRead(device: Device, sha256: string): Promise<boolean> {
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
}
