// Catalog and calendar publications pulled from the server: applied after a
// second validation on the PC, refused with a kk/ru reason when broken, and
// never moving an existing case's talon date or its catalog entry.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR, addWorkingDays, type CalendarData } from '@shared/calendar';
import { BUNDLED_CATALOG_FILES, CATALOG, type CatalogEntry } from '@shared/catalog';
import { DEFAULT_OFFICE_HOURS, computeDeadlines } from '@shared/deadlines';
import { assessIncome } from '@shared/commission/act';
import { BUNDLED_THRESHOLDS, thresholdFor, type ThresholdTable } from '@shared/commission/thresholds';
import { PROTOCOL_VERSION, type Publication } from '@shared/sync/protocol';
import { BUNDLED_CATALOG_VERSION } from '@shared/sync/publications';
import { loadCase } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { enrollDevice } from '@renderer/features/sync/enrollment';
import { syncOnce } from '@renderer/features/sync/engine';
import { applyPulledPage } from '@renderer/features/sync/pull-apply';
import { clerk, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { useSyncServer } from '@renderer/testing/sync-harness';
import { caseEntry, currentEntries, findCatalogEntry, officeServices } from './catalog';
import { loadPublishedVersions, newestCalendar, newestCatalog, newestThresholds, openRejections } from './published';

const REGISTERED_AT = '2026-11-23T10:00'; // a Monday
const entry: CatalogEntry = CATALOG.find((e) => !e.familyBased && e.channels.some((c) => c.channel === 'akim'))!;
const actFile = BUNDLED_CATALOG_FILES.find((f) => (f as { act: { id: string } }).act.id === entry.act.id)!;

/** The entry's act file with the entry's Kazakh title changed: the same entry id, a new version of it. */
function retitledActFile(title: string): unknown {
  const file = structuredClone(actFile) as { entries: Array<{ id: string; title: { kk: string } }> };
  file.entries.find((e) => e.id === entry.id)!.title.kk = title;
  return file;
}

const bundledDate = computeDeadlines(entry, {
  channel: 'akim',
  registeredAt: REGISTERED_AT,
  officeHours: DEFAULT_OFFICE_HOURS,
  calendar: BUNDLED_CALENDAR,
}).resultDate;
/** A decree day off on the first working day after registration: every later working-day deadline moves by a day. */
const decreeCalendar: CalendarData = {
  version: '2026.2',
  years: {
    ...BUNDLED_CALENDAR.years,
    '2026': {
      ...BUNDLED_CALENDAR.years['2026'],
      transfers: [{ dayOff: addWorkingDays('2026-11-23', 1), decree: 'ҚР Үкіметінің қаулысы (сынақ)' }],
    },
  },
};

let serverSeq = 100;
const publication = (kind: Publication['kind'], version: string, data: unknown): Publication => ({
  serverSeq: ++serverSeq,
  kind,
  version,
  publishedAt: '2026-11-22T09:00:00Z',
  data,
});
const page = (publications: Publication[], cursor = serverSeq) => ({
  protocol: PROTOCOL_VERSION,
  events: [],
  publications,
  cursor,
  more: false,
  serverTime: '2026-11-23T05:00:00Z',
});

async function newDb(): Promise<AkimatDb> {
  const db = freshDb();
  await loadPublishedVersions(db);
  return db;
}

const register = (db: AkimatDb, at = REGISTERED_AT, from: CatalogEntry = findCatalogEntry(entry.id)!) =>
  registerApplication(writeContext(db, at), filledForm({ entryId: from.id }), from, checklistFor(from, false), DEFAULT_OFFICE_HOURS);

describe('catalog and calendar publications on the PC', () => {
  beforeEach(async () => {
    await newDb();
  });

  it("the decree calendar of these tests moves this entry's result date (precondition)", () => {
    const moved = computeDeadlines(entry, {
      channel: 'akim',
      registeredAt: REGISTERED_AT,
      officeHours: DEFAULT_OFFICE_HOURS,
      calendar: decreeCalendar,
    }).resultDate;
    expect(moved > bundledDate).toBe(true);
  });

  it('applies a valid catalog and calendar: new applications use them and record their versions', async () => {
    const db = await newDb();
    const applied = await applyPulledPage(
      db,
      page([publication('catalog', 'cat-2026.2', retitledActFile('Жаңа атау')), publication('calendar', '2026.2', decreeCalendar)]),
    );
    expect(applied).toMatchObject({ ok: true, publications: { applied: 2, rejected: 0 } });
    expect(newestCatalog().version).toBe('cat-2026.2');
    expect(newestCalendar().version).toBe('2026.2');
    expect(officeServices([entry.act.id]).find((e) => e.id === entry.id)?.title.kk).toBe('Жаңа атау');

    const state = await register(db);
    expect(state.registered?.calendarVersion).toBe('2026.2');
    expect(state.registered?.catalogVersion).toBe('cat-2026.2');
    expect(state.resultDate).toBe(
      computeDeadlines(entry, { channel: 'akim', registeredAt: REGISTERED_AT, officeHours: DEFAULT_OFFICE_HOURS, calendar: decreeCalendar })
        .resultDate,
    );
    expect(state.resultDate).not.toBe(bundledDate);

    // A restart rebuilds the same versions from the database.
    const other = await newDb();
    expect(newestCalendar().version).toBe(BUNDLED_CALENDAR.version);
    await loadPublishedVersions(db);
    expect(newestCatalog().version).toBe('cat-2026.2');
    expect(newestCalendar().version).toBe('2026.2');
    await other.delete();
  });

  it('an old case keeps its talon date and its entry after a new calendar and catalog arrive that would change them', async () => {
    const db = await newDb();
    const old = await register(db);
    expect(old.resultDate).toBe(bundledDate);
    expect(old.registered?.catalogVersion).toBe(BUNDLED_CATALOG_VERSION);

    await applyPulledPage(
      db,
      page([publication('calendar', '2026.2', decreeCalendar), publication('catalog', 'cat-renamed', retitledActFile('Өзгерген атау'))]),
    );
    // Same day, same service: a new case gets the later date and the new title…
    const fresh = await register(db);
    expect(fresh.resultDate! > bundledDate).toBe(true);
    expect(caseEntry(fresh)?.title.kk).toBe('Өзгерген атау');
    // …the old one keeps its date and the entry it was registered under, also after a restart.
    await loadPublishedVersions(db);
    const reloaded = (await loadCase(db, old.caseId))!;
    expect(reloaded.resultDate).toBe(bundledDate);
    expect(reloaded.events.find((e) => e.type === 'talonIssued')?.payload).toMatchObject({ resultDate: bundledDate });
    expect(caseEntry(reloaded)?.title.kk).toBe(entry.title.kk);
    expect(currentEntries().find((e) => e.id === entry.id)?.title.kk).toBe('Өзгерген атау');
  });

  it('refuses a broken catalog with a kk/ru reason naming the entry and field; the previous catalog stays in force', async () => {
    const db = await newDb();
    const broken = structuredClone(actFile) as { entries: Array<Record<string, unknown>> };
    const target = broken.entries.find((e) => e.id === entry.id)!;
    delete target.channels;
    const result = await applyPulledPage(db, page([publication('catalog', 'cat-broken', broken)]));
    expect(result).toMatchObject({ ok: true, publications: { applied: 0, rejected: 1 } });
    expect(newestCatalog().version).toBe(BUNDLED_CATALOG_VERSION);
    const rows = await db.publications.toArray();
    expect(rows).toHaveLength(1);
    const [rejected] = openRejections(rows);
    expect(rejected.problem?.kk).toContain('Каталогтың «cat-broken» нұсқасы қабылданбады');
    expect(rejected.problem?.kk).toContain(`«${entry.id}» жазбасының «channels» өрісі`);
    expect(rejected.problem?.ru).toContain('Версия каталога «cat-broken» не принята, действует прежняя версия');
    // New registrations go on with the bundled catalog.
    expect((await register(db)).registered?.catalogVersion).toBe(BUNDLED_CATALOG_VERSION);
  });

  it('refuses a calendar with an impossible date, one whose inner version differs, and a reused version name with other content', async () => {
    const db = await newDb();
    const badDate = { version: '2026.3', years: { '2026': { transfers: [{ dayOff: '2026-02-30', decree: 'x' }] } } };
    const mismatch = { ...decreeCalendar, version: '2026.9' };
    await applyPulledPage(db, page([publication('calendar', '2026.3', badDate), publication('calendar', '2026.4', mismatch)]));
    expect(newestCalendar().version).toBe(BUNDLED_CALENDAR.version);
    let open = openRejections(await db.publications.toArray());
    expect(open.map((r) => r.problem?.ru)).toEqual([
      expect.stringContaining('Версия календаря «2026.3» не принята'),
      expect.stringContaining('внутри файла указана другая версия: «2026.9»'),
    ]);
    expect(open[0].problem?.kk).toContain('«years.2026.transfers.0.dayOff» өрісі қате');
    expect((await register(db)).registered?.calendarVersion).toBe(BUNDLED_CALENDAR.version);

    // A good version afterwards replaces the warnings; the same version name with other tables is refused.
    await applyPulledPage(db, page([publication('calendar', '2026.2', decreeCalendar)]));
    expect(openRejections(await db.publications.toArray())).toEqual([]);
    await applyPulledPage(db, page([publication('calendar', '2026.2', { ...decreeCalendar, years: {} })]));
    open = openRejections(await db.publications.toArray());
    expect(open.map((r) => r.problem?.kk)).toEqual([expect.stringContaining('мұндай атаулы нұсқа бұрын басқа мазмұнмен келген')]);
    expect(newestCalendar().years['2026'].transfers).toHaveLength(1);
  });

  it('a page applied twice stores each publication once', async () => {
    const db = await newDb();
    const body = page([publication('calendar', '2026.2', decreeCalendar)]);
    await applyPulledPage(db, body);
    await applyPulledPage(db, body);
    expect(await db.publications.count()).toBe(1);
  });
});

describe('income threshold publications on the PC', () => {
  const SERVICE = 'targeted-social-assistance';
  const APPLIED_ON = '2026-10-05';
  const table2026 = (version: string, subsistenceMinimum: number): ThresholdTable => ({
    version,
    rows: [...BUNDLED_THRESHOLDS.rows, { ...BUNDLED_THRESHOLDS.rows[1], from: '2026-01-01', to: '2026-12-31', subsistenceMinimum }],
  });
  const mother = '900412400316';
  const act = {
    family: [{ iin: mother, fullName: 'Әсел Қасымова', relation: 'өтініш беруші' }],
    months: ['2026-07', '2026-08', '2026-09'],
    incomes: [{ memberIin: mother, category: 'wages' as const, month: '2026-07', amount: 60000 }],
  };

  it('applies a published table: the commission finds a 2026 threshold the bundled table lacks, also after a restart', async () => {
    const db = await newDb();
    expect(thresholdFor(SERVICE, APPLIED_ON)).toBeUndefined();
    const before = assessIncome(act, SERVICE, APPLIED_ON, newestThresholds());
    expect(before.ok && before.threshold).toBeUndefined();
    const result = await applyPulledPage(db, page([publication('thresholds', '2026.2', table2026('2026.2', 50851))]));
    expect(result).toMatchObject({ ok: true, publications: { applied: 1, rejected: 0 } });
    expect(assessIncome(act, SERVICE, APPLIED_ON, newestThresholds())).toMatchObject({
      ok: true,
      threshold: { amount: 35595.7 },
      below: true,
    });
    await newDb();
    expect(newestThresholds().version).toBe(BUNDLED_THRESHOLDS.version);
    await loadPublishedVersions(db);
    expect(newestThresholds().version).toBe('2026.2');
  });

  it('refuses a broken table with a kk/ru reason naming the field; the bundled table stays in force', async () => {
    const db = await newDb();
    const broken = { version: '2026.3', rows: [{ ...table2026('2026.3', 50851).rows[2], period: { months: 0 } }] };
    expect(await applyPulledPage(db, page([publication('thresholds', '2026.3', broken)]))).toMatchObject({
      ok: true,
      publications: { applied: 0, rejected: 1 },
    });
    expect(newestThresholds()).toBe(BUNDLED_THRESHOLDS);
    const [rejected] = openRejections(await db.publications.toArray());
    expect(rejected.problem?.kk).toContain('Табыс шектері кестесінің «2026.3» нұсқасы қабылданбады');
    expect(rejected.problem?.kk).toContain('«rows.0.period.months» өрісі қате');
    expect(rejected.problem?.ru).toContain('Версия таблицы порогов дохода «2026.3» не принята, действует прежняя версия');
  });

  it('the newest accepted table wins over an older one and the bundled one', async () => {
    const db = await newDb();
    await applyPulledPage(
      db,
      page([
        publication('thresholds', '2026.2', table2026('2026.2', 50851)),
        publication('thresholds', '2026.4', table2026('2026.4', 60000)),
      ]),
    );
    expect(newestThresholds().version).toBe('2026.4');
    expect(assessIncome(act, SERVICE, APPLIED_ON, newestThresholds())).toMatchObject({ threshold: { amount: 42000 } });
  });
});

describe('publications through the real sync server', () => {
  const server = useSyncServer();

  it('what the administrator publishes reaches an enrolled PC on its next sync', async () => {
    const db = await newDb();
    await setUpOffice(
      db,
      {
        nameKk: 'Ақсу',
        nameRu: 'Аксу',
        okrug: 'Ақсу',
        district: 'Ақсу',
        officeCode: '0101',
        deviceLetter: 'A',
        hours: DEFAULT_OFFICE_HOURS,
        actIds: [entry.act.id],
      },
      { name: clerk.name, role: 'clerk', password: 'құпия-сөз' },
    );
    const enrolled = await enrollDevice(db, {
      serverUrl: server.url,
      code: await server.store.admin.issueEnrollmentCode({ officeCode: '0101' }),
    });
    expect(enrolled.ok).toBe(true);
    await server.store.admin.publish('calendar', decreeCalendar.version, decreeCalendar);
    await server.store.admin.publish('calendar', '2026.5', { version: '2026.5', years: { '26': {} } });
    expect(await syncOnce({ db, random: () => 0.5 })).toMatchObject({ kind: 'ok' });
    expect(newestCalendar().version).toBe('2026.2');
    const rows = await db.publications.toArray();
    expect(rows.map((r) => [r.version, r.state])).toEqual([
      ['2026.2', 'applied'],
      ['2026.5', 'rejected'],
    ]);
  });
});
