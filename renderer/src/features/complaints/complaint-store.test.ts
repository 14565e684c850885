// The complaints journal on the PC: commands write complaint events with their
// outbox rows and the `complaints` row in one go; the answer is the akim's; a
// complaint pulled from an okrug lands in the district PC's journal.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { complaintAnsweredEvent, complaintRegisteredEvent } from '@shared/testing/complaint-events';
import { RejectedWrite } from '@renderer/db/case-store';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { applyPulledPage } from '@renderer/features/sync/pull-apply';
import { akimContext, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { ProblemsError } from '@renderer/ui/form-problems';
import { answerComplaint, type ComplaintInput, registerComplaint } from './commands';
import { caseByNumber, complaintJournal, journalList, openComplaints } from './queries';

const input = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({
  form: 'written',
  aboutKind: 'case',
  caseNumber: '0512-26A-0001',
  staffName: '',
  name: 'Әбілқасымова Гүлжан',
  iin: '',
  address: '',
  phone: '',
  subject: 'Анықтама уақытында берілмеді',
  ...over,
});

describe('the complaints journal on the PC', () => {
  it('registers a complaint about a case of this PC, numbered in its series, queued for sync and listed as open', async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const find = (n: string) => caseByNumber(db, n);
    const id = await registerComplaint(writeContext(db, '2026-11-23T10:15'), input(), find);
    const second = await registerComplaint(writeContext(db, '2026-11-24T09:00'), input({ aboutKind: 'service' }), find);
    const rows = await journalList(db, '2026-11-01', '2026-11-30', 'all', '2026-11-25');
    expect(rows.map((r) => [r.number, r.aboutCaseId, r.dueDate, r.status])).toEqual([
      ['Ш-0512-26A-0001', state.caseId, '2026-11-30', 'open'],
      ['Ш-0512-26A-0002', undefined, '2026-12-01', 'open'],
    ]);
    expect((await db.outbox.where('state').equals('pending').toArray()).length).toBe(await db.events.count());
    expect((await openComplaints(db)).map((r) => r.id)).toEqual([id, second]);
    expect(await journalList(db, '2026-11-01', '2026-11-30', 'overdue', '2026-12-01')).toHaveLength(1);
  });

  it('names the problems of the form and writes nothing', async () => {
    const db = freshDb();
    const attempt = registerComplaint(writeContext(db), input({ caseNumber: '0512-26A-0099', name: ' ', iin: '123' }), (n) =>
      caseByNumber(db, n),
    );
    await expect(attempt).rejects.toBeInstanceOf(ProblemsError);
    const problems = ((await attempt.catch((e: ProblemsError) => e)) as ProblemsError).problems;
    expect(Object.keys(problems).sort()).toEqual(['caseNumber', 'iin', 'name']);
    expect(await db.events.count()).toBe(0);
  });

  it('lets only the akim sign the answer; answered after the term it is late in the journal', async () => {
    const db = freshDb();
    const id = await registerComplaint(writeContext(db, '2026-11-23T10:15'), input({ aboutKind: 'service' }), async () => undefined);
    const answer = { text: 'Шағым қаралды.', justified: true, outgoingNumber: '0512-26A/0001' };
    await expect(answerComplaint(writeContext(db, '2026-12-01T09:00'), id, answer)).rejects.toBeInstanceOf(RejectedWrite);
    const answered = await answerComplaint(await akimContext(db, '2026-12-01T09:00'), id, answer);
    expect(answered).toMatchObject({ status: 'answered', late: true, justified: true });
    const [row] = await complaintJournal(db, '2026-11-01', '2026-11-30', '2026-12-01');
    expect(row).toMatchObject({ late: true, outgoingNumber: '0512-26A/0001', signedBy: 'Құрманов Бақыт' });
    expect(await openComplaints(db)).toEqual([]);
  });

  it('projects a complaint pulled from an okrug into the district PC’s journal', async () => {
    const db = freshDb();
    const source = { caseId: crypto.randomUUID(), office: '0101', device: 'other' };
    const events = [complaintRegisteredEvent(source, '2026-11-23T10:15'), complaintAnsweredEvent(source, '2026-11-27T10:00')].map(
      (event, i) => ({ serverSeq: i + 1, receivedAt: '2026-11-27T05:00:00Z', event: { ...event, payload: { ...event.payload } } }),
    );
    (events[0].event.payload as { unit: unknown }).unit = { kind: 'office', code: '0101' };
    const applied = await applyPulledPage(db, {
      protocol: 1,
      events,
      publications: [],
      cursor: 2,
      more: false,
      serverTime: '2026-11-27T05:00:00Z',
    });
    expect(applied).toMatchObject({ ok: true, added: 2 });
    const rows = await journalList(db, '2026-11-01', '2026-11-30', 'all', '2026-12-01');
    expect(rows.map((r) => [r.unitCode, r.status, r.late])).toEqual([['0101', 'answered', false]]);
  });
});
