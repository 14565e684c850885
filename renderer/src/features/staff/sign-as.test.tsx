// @vitest-environment jsdom
// "Sign as …": an act only the akim signs, at a PC where a clerk is signed in.
// The akim picks herself and types her own password; a wrong one signs nothing.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '@renderer/app/session';
import type { WriteContext } from '@renderer/db/case-store';
import { db } from '@renderer/db/database';
import type { UserRow } from '@renderer/db/schema';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { LanguageProvider } from '@renderer/i18n/language';
import { writeContextFor } from '@renderer/features/district/device';
import { addUser, listUsers } from './staff-store';
import { runSigned, useSignAs } from './sign-as';
import { TEST_OFFICE_SETTINGS } from '@renderer/testing/db-fixture';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await db.delete();
  await db.open();
});

async function office(withAkim: boolean): Promise<{ clerk: UserRow; akim?: UserRow }> {
  const settings = await setUpOffice(db, TEST_OFFICE_SETTINGS, { name: 'Сәрсенова Әлия', role: 'clerk', password: 'clerk-сөз' });
  const [clerk] = await listUsers(db);
  if (!withAkim) return { clerk };
  const ctx = writeContextFor(db, settings, clerk, '2026-11-30T10:00');
  const akim = await addUser(ctx, { name: 'Құрманова Сәуле', role: 'akim', password: 'әкім-сөзі' }, clerk);
  return { clerk, akim };
}

function Probe({ signed }: { signed: (ctx: WriteContext | null) => void }) {
  const signer = useSignAs('packageRelayed');
  const act = {
    run: async (write: () => Promise<unknown>) => {
      await write();
      return true;
    },
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void runSigned(act, signer, async (ctx) => signed(ctx)).then((ok) => !ok && signed(null));
      }}
    >
      {signer.fields}
      <button type="submit">go</button>
    </form>
  );
}

async function renderAs(user: UserRow) {
  const settings = (await db.settings.get('office'))!;
  const results: (WriteContext | null)[] = [];
  render(
    <LanguageProvider>
      <SessionProvider value={{ settings, user, signOut: () => undefined }}>
        <Probe signed={(ctx) => results.push(ctx)} />
      </SessionProvider>
    </LanguageProvider>,
  );
  return results;
}

describe('sign as', () => {
  it('a clerk cannot relay in her own name; the akim signs with her own password, a wrong one signs nothing', async () => {
    const { clerk, akim } = await office(true);
    const results = await renderAs(clerk);
    const person = (await screen.findByTestId('sign-as-person')) as HTMLSelectElement;
    await waitFor(() => expect(person.value).toBe(akim!.id));
    expect(person.textContent).toContain('Құрманова Сәуле — Әкім');
    const password = screen.getByTestId('sign-as-password').querySelector('input') ?? screen.getByTestId('sign-as-password');
    fireEvent.change(password, { target: { value: 'clerk-сөз' } });
    fireEvent.click(screen.getByText('go'));
    // The password is checked with scrypt (32 MiB): on a busy PC that takes more than waitFor's default second.
    await waitFor(() => expect(results).toEqual([null]), { timeout: 15_000 });
    expect(await screen.findByText('Құпиясөз дұрыс емес')).toBeTruthy();
    fireEvent.change(password, { target: { value: 'әкім-сөзі' } });
    fireEvent.click(screen.getByText('go'));
    await waitFor(() => expect(results).toHaveLength(2), { timeout: 15_000 });
    expect(results[1]?.actor).toEqual({ id: akim!.id, name: 'Құрманова Сәуле', role: 'akim' });
  });

  it('the akim signed in signs at once, with no fields', async () => {
    const { akim } = await office(true);
    const results = await renderAs(akim!);
    fireEvent.click(await screen.findByText('go'));
    await waitFor(() => expect(results[0]?.actor.id).toBe(akim!.id));
    expect(screen.queryByTestId('sign-as')).toBeNull();
  });

  it('says who must be added when the office has nobody who may sign', async () => {
    const { clerk } = await office(false);
    const results = await renderAs(clerk);
    expect(await screen.findByText(/Қызметкерлер тізімінде Әкім жоқ/)).toBeTruthy();
    fireEvent.click(screen.getByText('go'));
    await waitFor(() => expect(results).toEqual([null]));
  });
});
