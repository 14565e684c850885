// Uploads in progress, by device: the per-device quota of bytes in flight, and
// the list the expiry sweep works through.
import type { SqlDriver } from '../driver';

export class UploadRepository {
  constructor(private readonly driver: SqlDriver) {}

  /**
   * Records a new upload unless it would take the device past a quota: its bytes in
   * unfinished uploads (`inFlight`), or all it has stored plus those (`stored`, 0 = none).
   */
  reserve(
    upload: { id: string; deviceId: string; size: number; createdAt: string },
    quota: { inFlight: number; stored: number },
  ): Promise<'ok' | 'inFlight' | 'stored'> {
    return this.driver.transaction('write', async (db) => {
      const row = await db.get<{ bytes: number | null }>('SELECT SUM(size) AS bytes FROM uploads WHERE device_id = ?', [upload.deviceId]);
      const inFlight = Number(row?.bytes ?? 0) + upload.size;
      if (inFlight > quota.inFlight) return 'inFlight';
      if (quota.stored > 0) {
        const kept = await db.get<{ bytes: number | null }>('SELECT SUM(size) AS bytes FROM attachments WHERE device_id = ?', [
          upload.deviceId,
        ]);
        if (Number(kept?.bytes ?? 0) + inFlight > quota.stored) return 'stored';
      }
      await db.run('INSERT INTO uploads (upload_id, device_id, size, created_at) VALUES (?, ?, ?, ?)', [
        upload.id,
        upload.deviceId,
        upload.size,
        upload.createdAt,
      ]);
      return 'ok';
    });
  }

  /** The upload finished, failed its hash check or expired. */
  async release(uploadId: string): Promise<void> {
    await this.driver.transaction('write', (db) => db.run('DELETE FROM uploads WHERE upload_id = ?', [uploadId]));
  }

  /** Uploads started before `before` (ISO), oldest first. */
  startedBefore(before: string): Promise<string[]> {
    return this.driver
      .transaction('read', (db) =>
        db.all<{ upload_id: string }>('SELECT upload_id FROM uploads WHERE created_at < ? ORDER BY created_at', [before]),
      )
      .then((rows) => rows.map((r) => r.upload_id));
  }

  async bytesInFlight(deviceId: string): Promise<number> {
    const row = await this.driver.transaction('read', (db) =>
      db.get<{ bytes: number | null }>('SELECT SUM(size) AS bytes FROM uploads WHERE device_id = ?', [deviceId]),
    );
    return Number(row?.bytes ?? 0);
  }
}
