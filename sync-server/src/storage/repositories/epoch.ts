// The server's epoch: a random id kept in the database. Every push and pull
// answer carries it; a new one (after a restore or a detected loss) tells each
// device to resend from the server's expectedSeq and to pull again from 0.
import { randomBytes } from 'node:crypto';
import type { SqlDriver } from '../driver';

export function newEpoch(): string {
  return randomBytes(12).toString('base64url');
}

export interface EpochInfo {
  epoch: string;
  since: string;
  reason: string;
}

export class EpochRepository {
  constructor(private readonly driver: SqlDriver) {}

  /** Asked by every push and pull answer: one committed read, no transaction (driver.readCommitted). */
  async current(): Promise<string> {
    return (await this.driver.readCommitted<{ value: string }>("SELECT value FROM server_meta WHERE name = 'epoch'"))?.value ?? '';
  }

  info(): Promise<EpochInfo> {
    return this.driver.transaction('read', async (db) => {
      const rows = await db.all<{ name: string; value: string }>('SELECT name, value FROM server_meta');
      const value = (name: string) => rows.find((r) => r.name === name)?.value ?? '';
      return { epoch: value('epoch'), since: value('epochSince'), reason: value('epochReason') };
    });
  }

  /** Starts a new epoch (after a restore, or when data loss was detected); returns it. */
  renew(reason: string): Promise<string> {
    const epoch = newEpoch();
    return this.driver.transaction('write', async (db) => {
      const set = (name: string, value: string) => db.run('UPDATE server_meta SET value = ? WHERE name = ?', [value, name]);
      await set('epoch', epoch);
      await set('epochSince', new Date().toISOString());
      await set('epochReason', reason);
      return epoch;
    });
  }
}
