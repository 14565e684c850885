// An office PC for the sync tests: a set-up database on fake-indexeddb, its write
// context, and a registered application.
import 'fake-indexeddb/auto';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import type { WriteContext } from '@renderer/db/case-store';
import { AkimatDb, type OfficeSettings, type Role } from '@renderer/db/schema';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { clerk, filledForm } from './db-fixture';
import { actorFor } from '@renderer/features/district/device';

let dbCounter = 0;

const checklist = checklistFor(fixtureEntry, false);

export async function officePc(
  letter = 'A',
  officeCode = '0101',
  role: Role = 'clerk',
): Promise<{ db: AkimatDb; settings: () => Promise<OfficeSettings> }> {
  const db = new AkimatDb(`sync-${Date.now()}-${++dbCounter}`);
  await setUpOffice(
    db,
    {
      nameKk: 'Жансүгіров кенттік округі',
      nameRu: 'Жансугуровский поселковый округ',
      okrug: 'Жансүгіров',
      district: 'Ақсу',
      officeCode,
      deviceLetter: letter,
      hours: DEFAULT_OFFICE_HOURS,
      actIds: [],
    },
    // Each PC's own first person: several test PCs of one office each introduce theirs.
    { name: clerk.name, role, password: 'құпия-сөз' },
  );
  return { db, settings: async () => (await db.settings.get('office'))! };
}

export async function ctxOf(db: AkimatDb): Promise<WriteContext> {
  const settings = (await db.settings.get('office'))!;
  const [user] = await db.users.toArray();
  return { db, office: settings, actor: actorFor(settings, user), at: '2026-11-23T10:00', deviceTime: '2026-11-23T10:00:00+05:00' };
}

export async function register(db: AkimatDb) {
  return registerApplication(await ctxOf(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
}
