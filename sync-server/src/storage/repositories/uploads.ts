// Uploads in progress, by device: the per-device quota of bytes in flight, and
// the list the expiry sweep works through.
import type { SqlDriver } from '../driver';

export class UploadRepository {
  constructor(private readonly driver: SqlDriver) {}

  /** Records a new upload unless the device's uploads in progress would pass `quota` bytes; false when refused. */
  reserve(uploadId: string, deviceId: string, size: number, quota: number, createdAt: string): Promise<boolean> {
    return this.driver.transaction('write', async (db) => {
      const row = await db.get<{ bytes: number | null }>('SELECT SUM(size) AS bytes FROM uploads WHERE device_id = ?', [deviceId]);
      if (Number(row?.bytes ?? 0) + size > quota) return false;
      await db.run('INSERT INTO uploads (upload_id, device_id, size, created_at) VALUES (?, ?, ?, ?)', [
        uploadId,
        deviceId,
        size,
        createdAt,
      ]);
      return true;
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
