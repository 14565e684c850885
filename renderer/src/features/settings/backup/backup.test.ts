import { describe, expect, it } from 'vitest';
import { makeIin } from '@shared/iin/iin';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { attachFile } from '@renderer/db/attachments';
import { loadCase } from '@renderer/db/case-store';
import type { AkimatDb } from '@renderer/db/schema';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { exportDatabase } from './export';
import { packBundle, unpackBundle, type BackupBundle } from './format';
import { importBackup } from './import';
import { restoreFromFile } from './service';
import { readStatistics } from '@renderer/features/reports/queries';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 300 }, (_, i) => i % 251)]);
const SECOND_IIN = makeIin('1985-02-03', 'male', 101)!;
const PDF = new TextEncoder().encode('%PDF-1.7\nқұжат көшірмесі\n%%EOF');
const file = (bytes: Uint8Array, name: string) => Object.assign(new Blob([bytes as BlobPart]), { name });

async function officeWithCase(db = freshDb()) {
  const state = await registerApplication(
    writeContext(db),
    filledForm(),
    fixtureEntry,
    checklistFor(fixtureEntry, false),
    DEFAULT_OFFICE_HOURS,
  );
  await attachFile(writeContext(db), state.caseId, file(PNG, 'ЖК көшірмесі.png'));
  await attachFile(writeContext(db), state.caseId, file(PDF, 'анықтама.pdf'));
  await db.settings.put({
    key: 'office',
    nameKk: 'Ақсу',
    nameRu: 'Аксу',
    okrug: 'Ақсу',
    district: 'Сырдария',
    officeCode: '0512',
    deviceLetter: 'A',
    deviceId: 'device-1',
    hours: DEFAULT_OFFICE_HOURS,
    actIds: [],
  });
  return { db, caseId: state.caseId };
}

/** Everything a user could lose, with the Blobs read out as bytes. */
async function contents(db: AkimatDb) {
  const attachments = await Promise.all(
    (await db.attachments.orderBy('id').toArray()).map(async ({ blob, thumb, ...row }) => ({
      ...row,
      bytes: [...new Uint8Array(await blob.arrayBuffer())],
      thumb: thumb && [...new Uint8Array(await thumb.arrayBuffer())],
    })),
  );
  return {
    events: await db.events.orderBy('id').toArray(),
    outbox: await db.outbox.orderBy('eventId').toArray(),
    cases: await db.cases.orderBy('id').toArray(),
    settings: await db.settings.toArray(),
    meta: await db.meta.orderBy('key').toArray(),
    attachments,
  };
}

function editDatabase(
  bundle: BackupBundle,
  edit: (dump: { formatVersion: number; dbVersion: number; tables: Record<string, Record<string, unknown>[]> }) => void,
): BackupBundle {
  const dump = JSON.parse(new TextDecoder().decode(bundle.database));
  edit(dump);
  return { ...bundle, database: new TextEncoder().encode(JSON.stringify(dump)) };
}

describe('backup export and import', () => {
  it('round-trips cases, events, outbox and attachments byte for byte through one downloaded file into an empty PC', async () => {
    const { db, caseId } = await officeWithCase();
    const before = await contents(db);
    expect(before.attachments).toHaveLength(2);
    expect(before.outbox.length).toBe(before.events.length);

    const packed = await packBundle(await exportDatabase(db, '0.1.0'));
    const blank = freshDb();
    const outcome = await importBackup(blank, await unpackBundle(new Blob([await packed.arrayBuffer()])));
    expect(outcome).toEqual({ ok: true, cases: 1, events: before.events.length, files: 2 });
    expect(await contents(blank)).toEqual(before);
    expect((await loadCase(blank, caseId))!.attachments.map((a) => a.name)).toEqual(['ЖК көшірмесі.png', 'анықтама.pdf']);
  });

  it('counts the restored cases in the statistics, whatever day records the file carries', async () => {
    const { db, caseId } = await officeWithCase();
    const bundle = await exportDatabase(db, '0.1.0');
    const blank = freshDb();
    await blank.statsDays.put({ day: '2026-11-23', words: [], ids: 'not-a-case', kinds: [], numbers: new Int32Array(6) });
    expect((await importBackup(blank, bundle)).ok).toBe(true);
    const read = await readStatistics({}, '2026-11-23T12:00', blank);
    expect(read.preparing).toBe(false);
    expect(read.stats.ids).toEqual([caseId]);
  });

  it('replaces what was there, but never lets a number counter go back', async () => {
    const { db } = await officeWithCase();
    const bundle = await exportDatabase(db, '0.1.0');
    // After the backup the clerk registers another case: its number must not be handed out again.
    await registerApplication(
      writeContext(db),
      filledForm({ iin: SECOND_IIN }),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const countersAfter = await db.meta.toArray();
    expect(await db.cases.count()).toBe(2);
    expect((await importBackup(db, bundle)).ok).toBe(true);
    expect(await db.cases.count()).toBe(1);
    expect(await db.meta.toArray()).toEqual(expect.arrayContaining(countersAfter));
  });

  describe('refuses a bad file and leaves the data untouched', () => {
    async function refused(make: (bundle: BackupBundle) => BackupBundle | Promise<BackupBundle>) {
      const { db } = await officeWithCase();
      const bundle = await make(await exportDatabase(db, '0.1.0'));
      const target = (await officeWithCase()).db;
      await registerApplication(
        writeContext(target),
        filledForm({ iin: SECOND_IIN }),
        fixtureEntry,
        checklistFor(fixtureEntry, false),
        DEFAULT_OFFICE_HOURS,
      );
      const before = await contents(target);
      const outcome = await importBackup(target, bundle);
      expect(outcome.ok).toBe(false);
      expect(await contents(target)).toEqual(before);
      return outcome.ok ? null : outcome.problem;
    }

    it('an event changed into something no app writes', async () => {
      const problem = await refused((b) => editDatabase(b, (d) => ((d.tables.events[1] as { seq: unknown }).seq = -3)));
      expect(problem).toMatchObject({ kind: 'corrupted', what: expect.stringMatching(/^event .*: seq$/) });
    });

    it("an attachment's bytes changed", async () => {
      const problem = await refused((b) => ({
        ...b,
        attachments: b.attachments.map((f, i) => (i === 0 ? { ...f, data: f.data.map((x, j) => (j === 20 ? x ^ 1 : x)) } : f)),
      }));
      expect(problem).toMatchObject({ kind: 'corrupted', what: expect.stringMatching(/^file [0-9a-f]{64}$/) });
    });

    it('an attachment file missing', async () => {
      expect(await refused((b) => ({ ...b, attachments: b.attachments.slice(1) }))).toMatchObject({ kind: 'corrupted' });
    });

    it('an attachment row pointing at other bytes than its hash', async () => {
      const problem = await refused((b) =>
        editDatabase(b, (d) => ((d.tables.attachments[0] as { sha256: string }).sha256 = 'a'.repeat(64))),
      );
      expect(problem).toMatchObject({ kind: 'corrupted', what: expect.stringMatching(/^attachment /) });
    });

    it('an outbox row for an event that is not there', async () => {
      expect(await refused((b) => editDatabase(b, (d) => d.tables.events.splice(0, 1)))).toMatchObject({
        kind: 'corrupted',
        what: expect.stringMatching(/^outbox /),
      });
    });

    it('a backup from a newer version of the app (format or database)', async () => {
      expect(await refused((b) => editDatabase(b, (d) => (d.formatVersion = 3)))).toEqual({
        kind: 'newer',
        formatVersion: 3,
        dbVersion: freshDb().verno,
      });
      expect(await refused((b) => editDatabase(b, (d) => (d.dbVersion = 99)))).toMatchObject({ kind: 'newer', dbVersion: 99 });
    });

    it('a file that is not a backup at all, or cut short', async () => {
      expect(await refused((b) => ({ ...b, database: new TextEncoder().encode('{"hello":1}') }))).toEqual({ kind: 'notBackup' });
      await expect(unpackBundle(new Blob(['%PDF-1.7']))).rejects.toThrow('no backup header');
      const packed = new Uint8Array(await (await packBundle(await exportDatabase(freshDb(), '0.1.0'))).arrayBuffer());
      await expect(unpackBundle(new Blob([packed.subarray(0, packed.length - 5) as BlobPart]))).rejects.toThrow('file cut short');
    });

    it('a downloaded file whose database part changed by one byte, even where the event still reads as valid', async () => {
      const { db } = await officeWithCase();
      const packed = new Uint8Array(await (await packBundle(await exportDatabase(db, '0.1.0'))).arrayBuffer());
      // "Өтемісова" → "Өтемісовб": still a name, so only the file's own checksum can tell.
      const at = Buffer.from(packed).indexOf(Buffer.from('Өтемісова')) + Buffer.byteLength('Өтемісов') + 1;
      packed[at] += 1;
      const target = freshDb();
      expect(await restoreFromFile(target, new Blob([packed as BlobPart]))).toEqual({
        ok: false,
        problem: { kind: 'corrupted', what: 'database.json' },
      });
      expect(await target.events.count()).toBe(0);
    });
  });
});
