// Databases made before schema_version existed (storage/schema.ts up to 14c94ee):
// every start ran CREATE … IF NOT EXISTS for the first release's tables, then
// added the name_ru columns when missing. Such a database is adopted where it
// stands: the steps it already has are recorded as run, its rows stay untouched.
import type { Queryable, SqlDriver } from '../driver';
import { columnNames, tableExists } from './introspect';

/** The version an unversioned database is at: 0 when it is empty, else 1 (first release) or 2 (with name_ru). */
export async function legacyVersion(db: Queryable, kind: SqlDriver['kind']): Promise<number> {
  // The old start-up made every table in one transaction, so one of them stands for all.
  if (!(await tableExists(db, kind, 'counters'))) return 0;
  const districts = await columnNames(db, kind, 'districts');
  const offices = await columnNames(db, kind, 'offices');
  return districts.includes('name_ru') && offices.includes('name_ru') ? 2 : 1;
}
