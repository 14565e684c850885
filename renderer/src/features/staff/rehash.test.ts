// A person whose password hash an earlier build made (PBKDF2) gets a scrypt hash
// at their next sign-in: an event of the unit's stream, written as their own change.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/database';
import { appendUnitEvents, streamOf } from '@renderer/db/unit-store';
import { eventsOf } from '@renderer/db/case-order';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { writeContextFor } from '@renderer/features/district/device';
import { listUsers } from './staff-store';
import { signInCheck } from './commands';
import { TEST_OFFICE_SETTINGS } from '@renderer/testing/db-fixture';

afterEach(async () => {
  await db.delete();
  await db.open();
});

async function pbkdf2(password: string, salt: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from(salt, 'hex'), iterations: 100_000 },
    key,
    256,
  );
  return Buffer.from(bits).toString('hex');
}

describe('a stronger hash at sign-in', () => {
  it('replaces a PBKDF2 hash with scrypt as the person signs in, and the old password still works', async () => {
    const settings = await setUpOffice(db, TEST_OFFICE_SETTINGS, { name: 'Құрманова Сәуле', role: 'akim', password: 'әкім-сөзі' });
    const [akim] = await listUsers(db);
    const salt = '00112233445566778899aabbccddeeff';
    const password = { kdf: 'pbkdf2', iterations: 100_000, salt, hash: await pbkdf2('ескі-сөз', salt) } as const;
    await appendUnitEvents(writeContextFor(db, settings, akim, '2026-11-30T10:00'), () => [
      { type: 'staffAdded', payload: { userId: 'u-old', name: 'Ескі Қызметкер', role: 'clerk', password } },
    ]);
    expect(await signInCheck('u-old', 'ескі-сөз')).toMatchObject({ kind: 'signed-in' });
    expect((await db.users.get('u-old'))?.password.kdf).toBe('scrypt');
    const last = (await eventsOf(db, streamOf(settings))).at(-1)!;
    expect(last).toMatchObject({ type: 'staffPasswordSet', actor: { id: 'u-old' }, payload: { userId: 'u-old', reset: false } });
    expect(await signInCheck('u-old', 'ескі-сөз')).toMatchObject({ kind: 'signed-in' });
    // Nothing more to upgrade: the second sign-in writes nothing.
    expect((await eventsOf(db, streamOf(settings))).at(-1)!.id).toBe(last.id);
  });
});
