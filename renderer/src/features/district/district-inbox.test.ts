// The inbox of issue 14: incoming numbers from this PC's series, the order of
// the rows, "assigned to me", and several packages registered at once, on
// real Dexie (fake-indexeddb) databases.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@renderer/db/case-store';
import { relayPackage } from '@renderer/features/relay/commands';
import { freshDb, office } from '@renderer/testing/db-fixture';
import { assignDistrictExecutor, registerPackage, registerPackages } from './commands';
import { formatIncomingNumber, incomingSequenceOf, parseIncomingNumber, proposeIncomingNumber } from './incoming';
import { nextInboxSort, sortInbox } from './inbox-sort';
import { districtInbox, type InboxRow } from './reads';
import { CHILD_BENEFIT, ctx, head, problemsOf, registerCase, runCommission } from './test-fixtures';

const pcA = { ...office, kind: 'district' as const, officeCode: 'D05', deviceLetter: 'A', deviceId: 'D05-A' };
const pcB = { ...pcA, deviceLetter: 'B', deviceId: 'D05-B' };

describe('incoming numbers', () => {
  it('follow the outgoing scheme with К- before the sequence', () => {
    expect(formatIncomingNumber({ unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 1 })).toBe('D05-26A/К-0001');
    expect(formatIncomingNumber({ unitCode: 'D05', year: 2027, deviceLetter: 'B', sequence: 12345 })).toBe('D05-27B/К-12345');
    expect(() => formatIncomingNumber({ unitCode: 'd05', year: 2026, deviceLetter: 'A', sequence: 1 })).toThrow(RangeError);
    expect(() => formatIncomingNumber({ unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 0 })).toThrow(RangeError);
  });

  it('are read back, in either case and with a Latin K; other styles are not of the series', () => {
    const parts = { unitCode: 'D05', year: 2026, deviceLetter: 'A', sequence: 7 };
    expect(parseIncomingNumber('D05-26A/К-0007')).toEqual(parts);
    expect(parseIncomingNumber(' d05-26a/к-0007 ')).toEqual(parts);
    expect(parseIncomingNumber('D05-26A/K-0007')).toEqual(parts);
    for (const other of ['К-101', 'D05-26A/0007', '0512-26A-0007', 'D05-26A/К-7', '']) expect(parseIncomingNumber(other)).toBeNull();
    expect(incomingSequenceOf(pcA, 'D05-26A/К-0010')).toEqual({ year: 2026, sequence: 10 });
    expect(incomingSequenceOf(pcA, 'D05-26B/К-0010')).toBeUndefined();
    expect(incomingSequenceOf(pcA, 'D06-26A/К-0010')).toBeUndefined();
  });
});

const row = (over: Partial<InboxRow>): InboxRow => ({
  caseId: over.number ?? 'x',
  number: 'x',
  office: '0512',
  entryId: CHILD_BENEFIT.id,
  applicant: '',
  iin: '',
  status: 'relayed',
  overdue: false,
  filesMissing: 0,
  ...over,
});

describe('the order of the inbox', () => {
  const rows = [
    row({ number: '0512-26A-0010', applicant: 'Әлиева', relayedAt: '2026-11-20T09:00', due: '2026-11-30T18:00' }),
    row({ number: '0512-26A-0002', applicant: 'Бекова', relayedAt: '2026-11-22T09:00', overdue: true, due: '2026-11-21T18:00' }),
    row({ number: '0512-26A-0009', applicant: 'Абенова', relayedAt: '2026-11-24T09:00', status: 'atDistrict' }),
  ];
  const numbers = (sorted: InboxRow[]) => sorted.map((r) => r.number.slice(-2));

  it('is overdue first, then the newest relay, until a heading is clicked', () => {
    expect(numbers(sortInbox(rows))).toEqual(['02', '09', '10']);
    expect(numbers(rows)).toEqual(['10', '02', '09']);
  });

  it('sorts by a column, numbers as numbers and Kazakh letters in their place; again reversed', () => {
    expect(numbers(sortInbox(rows, { key: 'number', descending: false }))).toEqual(['02', '09', '10']);
    expect(numbers(sortInbox(rows, { key: 'number', descending: true }))).toEqual(['10', '09', '02']);
    // А, Ә, Б: Әлиева between Абенова and Бекова.
    expect(numbers(sortInbox(rows, { key: 'applicant', descending: false }))).toEqual(['09', '10', '02']);
    expect(numbers(sortInbox(rows, { key: 'relayed', descending: true }))).toEqual(['09', '02', '10']);
  });

  it('puts rows without a value last either way, and compares shown texts when given', () => {
    expect(numbers(sortInbox(rows, { key: 'due', descending: false }))).toEqual(['02', '10', '09']);
    expect(numbers(sortInbox(rows, { key: 'due', descending: true }))).toEqual(['10', '02', '09']);
    const shown = { status: (r: InboxRow) => (r.status === 'relayed' ? 'Жіберілді' : 'Бөлімде') };
    expect(numbers(sortInbox(rows, { key: 'status', descending: false }, shown))).toEqual(['09', '02', '10']);
  });

  it('a click sorts ascending by that column; a second click reverses it', () => {
    const first = nextInboxSort(undefined, 'due');
    expect(first).toEqual({ key: 'due', descending: false });
    expect(nextInboxSort(first, 'due')).toEqual({ key: 'due', descending: true });
    expect(nextInboxSort({ key: 'due', descending: true }, 'number')).toEqual({ key: 'number', descending: false });
  });
});

describe('the inbox on a district database', () => {
  const relayed = async (db: ReturnType<typeof freshDb>) => {
    const caseId = await registerCase(db, CHILD_BENEFIT);
    await runCommission(db, caseId);
    await relayPackage(ctx(db, '2026-11-25T09:00'), caseId, 'D05');
    return caseId;
  };

  it('registers several packages under one date, each with the next number; a refused one stops no other', async () => {
    const db = freshDb();
    const [first, done, second, third] = [await relayed(db), await relayed(db), await relayed(db), await relayed(db)];
    // Registered already (by the other PC of the department, say): the rules refuse it a second time.
    await registerPackage(ctx(db, '2026-11-25T09:30', head, pcB), done, { incomingNumber: 'К-5', incomingDate: '2026-11-25' });
    const at = '2026-11-25T10:00';
    expect(await proposeIncomingNumber(db, pcA, at)).toBe('D05-26A/К-0001');

    const outcome = await registerPackages(ctx(db, at, head, pcA), [first, done, second, third], '2026-11-25');
    expect(outcome.registered).toEqual([
      { caseId: first, incomingNumber: 'D05-26A/К-0001' },
      { caseId: second, incomingNumber: 'D05-26A/К-0002' },
      { caseId: third, incomingNumber: 'D05-26A/К-0003' },
    ]);
    expect(outcome.refused.map((r) => [r.caseId, (r.error as Error).name])).toEqual([[done, 'RejectedWrite']]);
    expect((await loadCase(db, second))!.events.at(-1)).toMatchObject({
      type: 'receivedByDistrict',
      payload: { incomingNumber: 'D05-26A/К-0002', incomingDate: '2026-11-25' },
      actor: { id: head.id },
    });
    // The refused package gave its number back; the other PC's series is its own.
    expect(await proposeIncomingNumber(db, pcA, at)).toBe('D05-26A/К-0004');
    expect(await proposeIncomingNumber(db, pcB, at)).toBe('D05-26B/К-0001');
    expect((await districtInbox(db, at, { status: 'relayed' })).rows).toEqual([]);
  });

  it('checks the date once: a bad one registers nothing', async () => {
    const db = freshDb();
    const caseId = await relayed(db);
    const write = registerPackages(ctx(db, '2026-11-25T10:00', head, pcA), [caseId], '2026-11-26');
    expect(await problemsOf(write)).toEqual({ incomingDate: 'district.problemFutureDate' });
    expect((await loadCase(db, caseId))!.status).toBe('relayed');
    expect(await proposeIncomingNumber(db, pcA, '2026-11-25T10:00')).toBe('D05-26A/К-0001');
  });

  it('a typed number moves the count only when it is of this PC series', async () => {
    const db = freshDb();
    const at = '2026-11-25T10:00';
    const register = async (incomingNumber: string) =>
      registerPackage(ctx(db, at, head, pcA), await relayed(db), { incomingNumber, incomingDate: '2026-11-25' });
    await register(await proposeIncomingNumber(db, pcA, at));
    await register('К-101');
    await register('D05-26B/К-0040');
    await register('D05-26A/0040');
    expect(await proposeIncomingNumber(db, pcA, at)).toBe('D05-26A/К-0002');
    await register('d05-26a/к-0010');
    expect(await proposeIncomingNumber(db, pcA, at)).toBe('D05-26A/К-0011');
    expect(await proposeIncomingNumber(db, pcA, '2027-01-05T09:00')).toBe('D05-27A/К-0001');
  });

  it('"assigned to me" keeps the packages whose last assignment names the user', async () => {
    const db = freshDb();
    const [mine, theirs, reassigned] = [await relayed(db), await relayed(db), await relayed(db)];
    await registerPackages(ctx(db, '2026-11-25T10:00', head, pcA), [mine, theirs, reassigned], '2026-11-25');
    const assign = (caseId: string, id: string) =>
      assignDistrictExecutor(ctx(db, '2026-11-25T10:05', head, pcA), caseId, { id, name: id === 'u-me' ? 'Мен' : 'Басқа' });
    await assign(mine, 'u-me');
    await assign(theirs, 'u-other');
    await assign(reassigned, 'u-me');
    await assign(reassigned, 'u-other');
    const inbox = await districtInbox(db, '2026-11-25T11:00', { executorId: 'u-me' });
    expect(inbox.rows.map((r) => r.caseId)).toEqual([mine]);
    expect(inbox.rows[0].executorId).toBe('u-me');
    expect((await districtInbox(db, '2026-11-25T11:00')).rows).toHaveLength(3);
  });
});
