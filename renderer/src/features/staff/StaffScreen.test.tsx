// @vitest-environment jsdom
// The staff screen on the unit's stream: the akim changes a colleague's role,
// deactivates (they can no longer sign in, kept in the list), resets a password;
// everyone changes their own, a wrong current one counted as at sign-in; the last
// akim cannot step down.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import { writeContextFor } from '@renderer/features/district/device';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { LanguageProvider } from '@renderer/i18n/language';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { signInCheck } from './commands';
import { addUser } from './staff-store';
import { StaffScreen } from './StaffScreen';

const AKIM = 'Құрманов Бақыт';
/** Hashing a password takes a quarter of a second, and longer with the other test files running beside. */
const SLOW = { timeout: 10_000 };
const CLERK = 'Сәрсенова Әлия';
const AKIM_PASSWORD = 'әкім-құпия1';
const CLERK_PASSWORD = 'кеңсе-құпия1';

let settings: OfficeSettings;
let akim: UserRow;
let clerk: UserRow;

beforeEach(async () => {
  settings = await setUpOffice(
    db,
    {
      nameKk: 'Ақсу ауылдық округі әкімінің аппараты',
      nameRu: 'Аппарат акима Аксуского сельского округа',
      okrug: 'Ақсу',
      district: 'Сырдария',
      officeCode: '0512',
      deviceLetter: 'A',
      hours: DEFAULT_OFFICE_HOURS,
      actIds: [],
    },
    { name: AKIM, role: 'akim', password: AKIM_PASSWORD },
  );
  akim = (await db.users.toArray())[0];
  clerk = await addUser(writeContextFor(db, settings, akim, localMoment()), { name: CLERK, role: 'clerk', password: CLERK_PASSWORD }, akim);
});
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

function show(user: UserRow, lang: 'kk' | 'ru' = 'kk') {
  localStorage.setItem('akimat.language', lang);
  render(
    <LanguageProvider>
      <SessionProvider value={{ settings, user, signOut: () => undefined }}>
        <StaffScreen />
      </SessionProvider>
    </LanguageProvider>,
  );
}

/** The list row of the person of that name, once it is shown. */
async function row(name: string): Promise<HTMLElement> {
  const rows = await screen.findAllByTestId('staff-row', {}, SLOW);
  const found = rows.find((r) => r.textContent?.includes(name));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

async function press(button: HTMLElement) {
  await act(async () => {
    fireEvent.click(button);
  });
}

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

describe('the staff screen for the akim', () => {
  it('changes a colleague’s role', async () => {
    show(akim);
    const aliya = await row(CLERK);
    expect(aliya.textContent).toContain(`${CLERK} — Кеңсе қызметкері`);
    expect(within(aliya).getByRole('button', { name: 'Рөлді сақтау' })).toHaveProperty('disabled', true);
    // The row's controls may mount again as the live reads settle (a loaded machine): choose until the choice holds.
    await waitFor(() => {
      fireEvent.change(within(aliya).getByRole('combobox'), { target: { value: 'executor' } });
      expect(within(aliya).getByRole('button', { name: 'Рөлді сақтау' })).toHaveProperty('disabled', false);
    }, SLOW);
    await press(within(aliya).getByRole('button', { name: 'Рөлді сақтау' }));
    expect((await within(aliya).findByTestId('staff-row-message', {}, SLOW)).textContent).toBe(`Қызметкердің рөлі өзгертілді: ${CLERK}`);
    await waitFor(() => expect(aliya.textContent).toContain(`${CLERK} — Жауапты орындаушы`), SLOW);
    expect((await db.users.get(clerk.id))!.role).toBe('executor');
  });

  it('deactivates after a confirm (Escape cancels it); the person stays in the list, greyed, and cannot sign in', async () => {
    show(akim);
    const aliya = await row(CLERK);
    const deactivate = within(aliya).getByRole('button', { name: 'Өшіру' });
    await press(deactivate);
    const confirm = within(aliya).getByRole('alertdialog');
    expect(confirm.textContent).toContain(`${CLERK}: бағдарламаға кіру жабылады`);
    // The keyboard lands on Cancel; Escape closes the question and gives the focus back.
    expect(document.activeElement?.textContent).toBe('Болдырмау');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(within(aliya).queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(deactivate);
    expect((await db.users.get(clerk.id))!.active).toBe(true);

    await press(deactivate);
    await press(within(aliya).getByRole('button', { name: 'Иә, өшіру' }));
    await waitFor(() => expect(aliya.textContent).toContain('өшірілген'), SLOW);
    expect(aliya.className).toContain('staff-inactive');
    expect(within(aliya).queryByRole('button')).toBeNull();
    expect((await within(aliya).findByTestId('staff-row-message', {}, SLOW)).textContent).toBe(`Қызметкер өшірілді: ${CLERK}`);
    expect((await signInCheck(clerk.id, CLERK_PASSWORD)).kind).toBe('wrong');
  });

  it('resets a password typed twice (a short or unmatched pair refused); the new one signs in and the lock is lifted', async () => {
    await db.meta.bulkPut([
      { key: `signin-failures:${clerk.id}`, value: 10 },
      { key: `signin-blocked-until:${clerk.id}`, value: Date.now() + 15 * 60_000 },
    ]);
    show(akim);
    const aliya = await row(CLERK);
    await press(within(aliya).getByRole('button', { name: 'Құпиясөзді қайта орнату' }));
    const form = within(aliya).getByTestId('staff-reset-form');
    expect(form.textContent).toContain(`Жаңа құпиясөз: ${CLERK}`);
    const [first, second] = within(form).getAllByLabelText(/Құпиясөз/);
    expect(document.activeElement).toBe(first);
    type(first, 'қысқа');
    await press(within(form).getByRole('button', { name: 'Жаңа құпиясөзді орнату' }));
    expect(form.textContent).toContain('Құпиясөз кемінде 6 таңбадан тұруы керек');
    type(first, 'жаңа-сөз-2');
    type(second, 'жаңа-сөз-3');
    await press(within(form).getByRole('button', { name: 'Жаңа құпиясөзді орнату' }));
    expect(form.textContent).toContain('Құпиясөздер сәйкес емес');
    type(second, 'жаңа-сөз-2');
    await press(within(form).getByRole('button', { name: 'Жаңа құпиясөзді орнату' }));
    await waitFor(() => expect(within(aliya).queryByTestId('staff-reset-form')).toBeNull(), SLOW);
    expect(within(aliya).getByTestId('staff-row-message').textContent).toContain(`Жаңа құпиясөз орнатылды: ${CLERK}`);
    expect((await signInCheck(clerk.id, CLERK_PASSWORD)).kind).toBe('wrong');
    expect((await signInCheck(clerk.id, 'жаңа-сөз-2')).kind).toBe('signed-in');
  });

  it('refuses to let the last akim step down, with the reason next to the row (ru)', async () => {
    show(akim, 'ru');
    const own = await row(AKIM);
    expect(own.textContent).toContain(`${AKIM} — Аким (вы)`);
    // Their own row offers the role only: no reset (that is "change my password") and no deactivation.
    expect(within(own).queryByRole('button', { name: 'Отключить' })).toBeNull();
    expect(within(own).queryByRole('button', { name: 'Сбросить пароль' })).toBeNull();
    fireEvent.change(within(own).getByRole('combobox'), { target: { value: 'clerk' } });
    await press(within(own).getByRole('button', { name: 'Сохранить роль' }));
    await waitFor(
      () =>
        expect(within(own).getByRole('alert').textContent).toBe('Действие не принято: Нельзя отключить последнего акима (руководителя)'),
      SLOW,
    );
    expect((await db.users.get(akim.id))!.role).toBe('akim');
    expect(within(own).getByRole<HTMLSelectElement>('combobox').value).toBe('akim');
  });
});

describe('changing one’s own password', () => {
  it('a clerk sees no one’s controls but changes her own; wrong current passwords are refused and counted as at sign-in', async () => {
    show(clerk);
    const own = await row(CLERK);
    expect(within(await row(AKIM)).queryByRole('button')).toBeNull();
    expect(within(own).queryByRole('button')).toBeNull();
    expect(screen.getByTestId('staff-akim-only')).toBeTruthy();

    await press(screen.getByRole('button', { name: 'Құпиясөзімді өзгерту' }));
    const form = screen.getByTestId('own-password-form');
    const current = within(form).getByLabelText('Қазіргі құпиясөз');
    expect(document.activeElement).toBe(current);
    const [next, again] = within(form).getAllByLabelText(/^Құпиясөз/);
    const save = within(form).getByRole('button', { name: 'Жаңа құпиясөзді сақтау' });
    type(next, 'менің-жаңа-сөзім');
    type(again, 'менің-жаңа-сөзім');
    for (let i = 0; i < 3; i++) {
      type(current, `қате-${i}`);
      await press(save);
      await within(form).findByText('Құпиясөз дұрыс емес', {}, SLOW);
      expect(screen.queryByTestId('own-password-wait')).toBeNull();
    }
    type(current, 'қате-3');
    await press(save);
    expect((await screen.findByTestId('own-password-wait', {}, SLOW)).textContent).toBe(
      'Құпиясөз бірнеше рет қате енгізілді. 5 секундтан кейін қайталаңыз.',
    );
    expect(save).toHaveProperty('disabled', true);
    expect((await signInCheck(clerk.id, 'менің-жаңа-сөзім')).kind).toBe('wait');
    await db.meta.clear();
    expect((await signInCheck(clerk.id, 'менің-жаңа-сөзім')).kind).toBe('wrong');
  });

  it('with the right current password the new one is saved, confirmed, and signs in', async () => {
    show(akim, 'ru');
    await row(AKIM);
    await press(screen.getByRole('button', { name: 'Сменить мой пароль' }));
    const form = screen.getByTestId('own-password-form');
    type(within(form).getByLabelText('Текущий пароль'), AKIM_PASSWORD);
    const [next, again] = within(form).getAllByLabelText(/^Пароль|^Повторите/);
    type(next, 'жаңа-әкім-сөзі');
    type(again, 'жаңа-әкім-сөзі');
    await press(within(form).getByRole('button', { name: 'Сохранить новый пароль' }));
    expect((await screen.findByTestId('own-password-message', {}, SLOW)).textContent).toBe(
      'Ваш пароль изменён. В следующий раз входите с новым паролем.',
    );
    expect(screen.queryByTestId('own-password-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Сменить мой пароль' }));
    expect((await signInCheck(akim.id, AKIM_PASSWORD)).kind).toBe('wrong');
    expect((await signInCheck(akim.id, 'жаңа-әкім-сөзі')).kind).toBe('signed-in');
  });
});
