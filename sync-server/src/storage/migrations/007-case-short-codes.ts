// The short code of each case (shared/case/short-code.ts), indexed: the public
// status page (routes/status-page.ts) finds a case by the code on its talon.
// Cases already stored get theirs computed from their ids.
import { caseShortCode } from '../../../../shared/case/short-code';
import { type Migration, runScript } from './migration';

/** The case's short code, or null for an id that is not a UUID (no talon can carry one). */
export function shortCodeOrNull(caseId: string): string | null {
  try {
    return caseShortCode(caseId);
  } catch {
    return null;
  }
}

export const caseShortCodes: Migration = {
  version: 7,
  name: 'case-short-codes',
  up: async (db) => {
    await runScript(db, 'ALTER TABLE cases ADD COLUMN short_code TEXT; CREATE INDEX cases_short_code ON cases (short_code)');
    const cases = await db.all<{ case_id: string }>('SELECT case_id FROM cases');
    for (const { case_id } of cases) {
      await db.run('UPDATE cases SET short_code = ? WHERE case_id = ?', [shortCodeOrNull(case_id), case_id]);
    }
  },
};
