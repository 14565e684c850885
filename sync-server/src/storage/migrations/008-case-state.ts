// Per-case state kept as events arrive, so a push costs the same on a long case
// as on a new one, and a district's pull is served in order from an index:
// - cases.event_count (the per-case bound) and cases.rule_state (what the case
//   rules need, shared/case/rule-state.ts), backfilled by folding each case once;
// - events.servable: 1 for an event known to keep the bounds pull serves (checked
//   here once, and at push), so a pull sends stored bodies without re-checking them;
// - district_events: every event a district sees, keyed by (district, the number
//   at which it became visible there, server_seq), backfilled from delivered cases.
import type { CaseEvent } from '../../../../shared/case/events';
import { checkEventBounds } from '../../../../shared/case/bounds';
import { foldRuleState } from '../../../../shared/case/rule-state';
import type { Queryable } from '../driver';
import { type Migration, runScript } from './migration';

const SCRIPT = `
ALTER TABLE cases ADD COLUMN event_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN rule_state TEXT;
ALTER TABLE events ADD COLUMN servable INTEGER;
CREATE TABLE district_events (
  district_code TEXT NOT NULL, eff_seq BIGINT NOT NULL, server_seq BIGINT NOT NULL, case_id TEXT NOT NULL,
  PRIMARY KEY (district_code, eff_seq, server_seq));
CREATE INDEX district_events_case ON district_events (case_id);
INSERT INTO district_events (district_code, eff_seq, server_seq, case_id)
  SELECT c.district_code, CASE WHEN c.delivered_seq > e.server_seq THEN c.delivered_seq ELSE e.server_seq END, e.server_seq, e.case_id
  FROM events e JOIN cases c ON c.case_id = e.case_id
  WHERE c.district_code IS NOT NULL AND c.delivered_seq IS NOT NULL
`;

const PAGE = 200;

async function backfillCaseState(db: Queryable): Promise<void> {
  let after = '';
  for (;;) {
    const ids = (
      await db.all<{ case_id: string }>('SELECT case_id FROM cases WHERE case_id > ? ORDER BY case_id LIMIT ?', [after, PAGE])
    ).map((r) => r.case_id);
    if (ids.length === 0) return;
    const byCase = new Map<string, CaseEvent[]>(ids.map((id) => [id, []]));
    const rows = await db.all<{ server_seq: number; case_id: string; body: string }>(
      `SELECT server_seq, case_id, body FROM events WHERE case_id IN (${ids.map(() => '?').join(', ')}) ORDER BY server_seq`,
      ids,
    );
    const servable: number[] = [];
    for (const r of rows) {
      const event = JSON.parse(r.body) as CaseEvent;
      byCase.get(r.case_id)!.push(event);
      if (checkEventBounds(event).ok) servable.push(r.server_seq);
    }
    for (let i = 0; i < servable.length; i += 500) {
      const part = servable.slice(i, i + 500);
      await db.run(`UPDATE events SET servable = 1 WHERE server_seq IN (${part.map(() => '?').join(', ')})`, part);
    }
    for (const [caseId, events] of byCase) {
      const rules = foldRuleState(events);
      await db.run('UPDATE cases SET event_count = ?, rule_state = ? WHERE case_id = ?', [
        events.length,
        rules ? JSON.stringify(rules) : null,
        caseId,
      ]);
    }
    after = ids[ids.length - 1];
  }
}

export const caseState: Migration = {
  version: 8,
  name: 'case-state',
  up: async (db) => {
    await runScript(db, SCRIPT);
    await backfillCaseState(db);
  },
};
