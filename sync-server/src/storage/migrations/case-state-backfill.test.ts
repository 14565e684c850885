// Step 004 on a database that already holds cases: each case's rule state and event
// count are the fold of its stored events, and the district feed holds exactly
// the events of delivered cases at the number from which the district sees them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseEvent, foldCase } from '../../../../shared/case';
import { ruleStateOf } from '../../../../shared/case/rule-state';
import { newCaseId } from '../../../../shared/testing/case-events';
import { BACKENDS, type BackendResources, backendResources, TestDevice } from '../../testing/harness';
import type { SqlDriver } from '../driver';
import { openDriver } from '../index';
import { MIGRATIONS, migrate } from './index';

const AT = '2026-11-24T09:00:00.000Z';

describe.each(BACKENDS)('step 004 (case state) on %s', (backend) => {
  let resources: BackendResources;
  let driver: SqlDriver;

  beforeEach(async () => {
    resources = await backendResources(backend);
    driver = openDriver(resources);
  });
  afterEach(async () => {
    await driver.close();
    await resources.dispose();
  });

  it('backfills the rule state, the event count and the district feed of existing cases', async () => {
    await migrate(driver, MIGRATIONS.slice(0, 3));
    const w = new TestDevice('http://unused');
    w.deviceId = '0101-A';
    w.unit = '0101';
    const relayed = newCaseId();
    const waiting = newCaseId();
    const plain = newCaseId();
    const refusedLater = newCaseId();
    const cases: [string, CaseEvent[], string | null, number | null][] = [
      [relayed, [...w.caseReadyToRelay(relayed), w.write(relayed, 'packageRelayed', { districtCode: 'D01', attachments: [] })], 'D01', 6],
      [
        waiting,
        [...w.caseReadyToRelay(waiting), w.write(waiting, 'packageRelayed', { districtCode: 'D01', attachments: ['ab'.repeat(32)] })],
        'D01',
        null,
      ],
      [plain, [w.register(plain), w.write(plain, 'consentRecorded', { signedBy: 'Гүлнәр' })], null, null],
      // An event an older server let in although the rules refuse it: skipped by the fold, counted in the bound.
      [
        refusedLater,
        [w.register(refusedLater), w.write(refusedLater, 'decided', { outcome: 'refusal', outgoingNumber: '1', signedBy: 'Б' })],
        null,
        null,
      ],
    ];
    let seq = 0;
    const interleaved = cases.flatMap(([, events]) => events);
    await driver.transaction('write', async (db) => {
      for (const [caseId, , district, delivered] of cases) {
        await db.run('INSERT INTO cases (case_id, office_code, district_code, delivered_seq) VALUES (?, ?, ?, ?)', [
          caseId,
          '0101',
          district,
          delivered,
        ]);
      }
      for (const e of interleaved) {
        await db.run(
          'INSERT INTO events (server_seq, id, case_id, device_id, seq, owner_office, type, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [++seq, e.id, e.caseId, e.device, e.seq, '0101', e.type, JSON.stringify(e), AT],
        );
      }
    });
    await migrate(driver);

    const rows = await driver.transaction('read', (db) =>
      db.all<{ case_id: string; event_count: number; rule_state: string | null }>('SELECT case_id, event_count, rule_state FROM cases'),
    );
    for (const [caseId, events] of cases) {
      const row = rows.find((r) => r.case_id === caseId)!;
      expect(Number(row.event_count)).toBe(events.length);
      expect(JSON.parse(row.rule_state!)).toEqual(ruleStateOf(foldCase(events)));
    }
    const feed = await driver.transaction('read', (db) =>
      db.all<{ district_code: string; eff_seq: number; server_seq: number }>(
        'SELECT district_code, eff_seq, server_seq FROM district_events ORDER BY eff_seq, server_seq',
      ),
    );
    // The relayed case's events are server numbers 1–5; it was delivered at 6.
    expect(feed.map((r) => [r.district_code, Number(r.eff_seq), Number(r.server_seq)])).toEqual([1, 2, 3, 4, 5].map((n) => ['D01', 6, n]));
  });
});
