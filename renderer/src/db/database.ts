// The app's one database connection, wired to the storage problems it reports
// (storage-problem.ts). Only queries and commands import it, never a screen.
import { AkimatDb } from './schema';
import { watchConnection } from './storage-errors';
import { currentStorageProblem, reportStorageProblem } from './storage-problem';

export const db = new AkimatDb();

watchConnection(db, reportStorageProblem);
db.on('ready', () => {
  if (currentStorageProblem() === 'blocked') reportStorageProblem(null);
});
