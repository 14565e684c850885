// What the public status page (routes/status-page.ts) may learn about a case,
// found by its short code alone: its events, to fold for the service, status
// and result date, and when its office last pushed anything.
import type { CaseEvent } from '../../../../shared/case/events';
import type { SqlDriver } from '../driver';

export interface CaseForStatusPage {
  events: CaseEvent[];
  /** The latest moment any device of the case's office pushed events (ISO), if ever. */
  officeLastPushAt: string | null;
}

export class StatusRepository {
  constructor(private readonly driver: SqlDriver) {}

  /** The case whose short code this is; null when none is, or when two cases share it (nothing is shown then). */
  byShortCode(shortCode: string): Promise<CaseForStatusPage | null> {
    return this.driver.transaction('read', async (db) => {
      const cases = await db.all<{ case_id: string; office_code: string }>(
        'SELECT case_id, office_code FROM cases WHERE short_code = ? LIMIT 2',
        [shortCode],
      );
      if (cases.length !== 1) return null;
      const [found] = cases;
      const rows = await db.all<{ body: string }>('SELECT body FROM events WHERE case_id = ? ORDER BY server_seq', [found.case_id]);
      const devices = await db.all<{ id: string }>("SELECT id FROM devices WHERE kind = 'office' AND office_code = ?", [found.office_code]);
      let officeLastPushAt: string | null = null;
      for (const device of devices) {
        const last = await db.get<{ received_at: string }>('SELECT received_at FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1', [
          device.id,
        ]);
        if (last && (!officeLastPushAt || last.received_at > officeLastPushAt)) officeLastPushAt = last.received_at;
      }
      return { events: rows.map((r) => JSON.parse(r.body) as CaseEvent), officeLastPushAt };
    });
  }
}
