import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { attachFile, checkAttachment, sha256Hex } from './attachments';
import { loadCase } from './case-store';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const file = (bytes: Uint8Array, name: string, type = '') => Object.assign(new Blob([bytes as BlobPart], { type }), { name });

describe('attachments', () => {
  it('stores the file with its SHA-256 and records attachmentAdded in the same transaction', async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const row = await attachFile(writeContext(db), state.caseId, file(PNG, 'ЖК көшірмесі.png', 'image/png'));
    expect(row.sha256).toBe(await sha256Hex(PNG));
    expect(row.mime).toBe('image/png');
    const stored = await db.attachments.get(row.id);
    expect(stored!.size).toBe(PNG.length);
    const after = await loadCase(db, state.caseId);
    expect(after!.attachments).toEqual([{ sha256: row.sha256, name: 'ЖК көшірмесі.png', mime: 'image/png', size: PNG.length }]);
    expect(await db.outbox.count()).toBe(4);
  });

  it('accepts only PDF, JPEG and PNG by their bytes, whatever the name says', async () => {
    expect(await checkAttachment(file(new TextEncoder().encode('%PDF-1.7 ...'), 'scan.pdf'))).toBeNull();
    expect(await checkAttachment(file(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]), 'photo.jpg'))).toBeNull();
    expect(await checkAttachment(file(new TextEncoder().encode('hello'), 'fake.pdf'))).toBe('type');
    expect(await checkAttachment(file(new Uint8Array(), 'empty.png'))).toBe('empty');
  });

  it('writes nothing when the file is refused', async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    await expect(attachFile(writeContext(db), state.caseId, file(new TextEncoder().encode('MZ...'), 'virus.exe'))).rejects.toMatchObject({
      problem: 'type',
    });
    expect(await db.attachments.count()).toBe(0);
    expect(await db.events.count()).toBe(3);
  });
});
