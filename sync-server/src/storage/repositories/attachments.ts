// Attachments that arrived (by SHA-256), which units uploaded them, who may read
// them, and the relay of a case to its district, delivered once every listed
// attachment is here. A file or case the device may not see is answered exactly
// like one that does not exist.
import type { RelayStatus } from '../../../../shared/sync/protocol';
import { refreshDistrictFeed } from '../district-feed';
import type { SqlDriver } from '../driver';
import { missingAttachments, readCounter, writeCounter } from '../queries';
import type { Device } from '../types';
import { caseVisibleTo, unitSeesFile } from '../visibility';

export class AttachmentRepository {
  constructor(private readonly driver: SqlDriver) {}

  /** Records a verified upload and its uploader's unit, and delivers every relay that was waiting only for it. */
  async record(sha256: string, size: number, deviceId: string, receivedAt: string): Promise<void> {
    await this.driver.transaction('write', async (db) => {
      await db.run('INSERT INTO attachments (sha256, size, received_at, device_id) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING', [
        sha256,
        size,
        receivedAt,
        deviceId,
      ]);
      const device = await db.get<{ kind: string; office_code: string | null; district_code: string }>(
        'SELECT kind, office_code, district_code FROM devices WHERE id = ?',
        [deviceId],
      );
      if (device) {
        await db.run(
          'INSERT INTO attachment_units (sha256, unit_kind, unit_code) VALUES (?, ?, ?) ON CONFLICT (sha256, unit_kind, unit_code) DO NOTHING',
          [sha256, device.kind, device.kind === 'office' ? device.office_code : device.district_code],
        );
      }
      const waiting = await db.all<{ case_id: string; district_code: string }>(
        'SELECT case_id, district_code FROM cases WHERE delivered_seq IS NULL AND district_code IS NOT NULL AND relay_attachments LIKE ?',
        [`%${sha256}%`],
      );
      let seq = await readCounter(db);
      for (const { case_id, district_code } of waiting) {
        if ((await missingAttachments(db, case_id)).length === 0) {
          await db.run('UPDATE cases SET delivered_seq = ? WHERE case_id = ?', [++seq, case_id]);
          await refreshDistrictFeed(db, case_id, district_code, seq);
        }
      }
      await writeCounter(db, seq);
    });
  }

  /** Whether the server holds this file at all (for the server's own checks, never answered to a device). */
  has(sha256: string) {
    return this.driver.transaction(
      'read',
      async (db) => (await db.get<{ size: number }>('SELECT size FROM attachments WHERE sha256 = ?', [sha256])) ?? null,
    );
  }

  /** The file's size when the server holds it and the device's unit may see it (it uploaded it, or sees a case listing it); else null. */
  visibleTo(device: Device, sha256: string): Promise<{ size: number } | null> {
    return this.driver.transaction('read', async (db) => {
      const found = await db.get<{ size: number }>('SELECT size FROM attachments WHERE sha256 = ?', [sha256]);
      return found && (await unitSeesFile(db, device, sha256)) ? { size: Number(found.size) } : null;
    });
  }

  /** The relay of a case the device sees; null for a case it does not see, as for one that does not exist. */
  relayStatus(device: Device, caseId: string): Promise<RelayStatus | null> {
    return this.driver.transaction('read', async (db) => {
      const c = await db.get<{ office_code: string; district_code: string | null; delivered_seq: number | null }>(
        'SELECT office_code, district_code, delivered_seq FROM cases WHERE case_id = ?',
        [caseId],
      );
      if (!c || !caseVisibleTo(device, c)) return null;
      const missing = c.district_code ? await missingAttachments(db, caseId) : [];
      const state = !c.district_code ? 'none' : c.delivered_seq !== null ? 'delivered' : 'waiting';
      return { caseId, state, districtCode: c.district_code, missing };
    });
  }
}
