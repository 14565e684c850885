// The backup's progress bar (issue 14): every table and every file counted, n of m, then gone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { attachFile } from '@renderer/db/attachments';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { exportDatabase } from './export';
import { backupProgress } from './progress';

const file = (n: number) => Object.assign(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, n])]), { name: `${n}.pdf` });

describe('backup progress', () => {
  it('counts the tables and the files written, n of m, and clears when the export ends', async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    for (let i = 0; i < 3; i++) await attachFile(writeContext(db), state.caseId, file(i));
    const seen: Array<{ done: number; total: number } | null> = [];
    const stop = backupProgress.subscribe(() => seen.push(backupProgress.get()));
    const bundle = await exportDatabase(db, '0.1.0');
    stop();
    expect(bundle.attachments).toHaveLength(3);
    // Every table but the statistics' day records (derived from the cases), and 3 files.
    const total = db.tables.length - 1 + 3;
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-2)).toEqual({ done: total, total });
    expect(seen.at(-1)).toBeNull();
    const counts = seen.filter((p) => p !== null).map((p) => p!.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(total + 1);
  });
});
