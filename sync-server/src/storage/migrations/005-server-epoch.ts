// server_meta holds the server's epoch: a random id that changes whenever the
// database may have gone back in time (a restore, a detected loss), so devices
// know to resend what they sent and to pull again from the start.
import { newEpoch } from '../repositories/epoch';
import { type Migration, runScript } from './migration';

export const serverEpoch: Migration = {
  version: 5,
  name: 'server-epoch',
  async up(db) {
    await runScript(db, 'CREATE TABLE server_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
    await db.run("INSERT INTO server_meta (name, value) VALUES ('epoch', ?), ('epochSince', ?), ('epochReason', 'created')", [
      newEpoch(),
      new Date().toISOString(),
    ]);
  },
};
