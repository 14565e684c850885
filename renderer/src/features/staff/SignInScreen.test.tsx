// @vitest-environment jsdom
// The sign-in screen with the wrong-password policy: the wait in seconds (kk), the
// button held until it runs out, and the lock naming who may reset the password (ru).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/database';
import type { OfficeSettings } from '@renderer/db/schema';
import { LanguageProvider } from '@renderer/i18n/language';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { hashPassword } from '@shared/staff/password';
import { SignInScreen } from './SignInScreen';

const settings: OfficeSettings = {
  key: 'office',
  nameKk: 'Ақсу ауылдық округі',
  nameRu: 'Аксуский сельский округ',
  okrug: 'Ақсу',
  district: 'Сырдария',
  officeCode: '0512',
  deviceLetter: 'A',
  deviceId: 'device-1',
  hours: DEFAULT_OFFICE_HOURS,
  actIds: [],
};
const USER = 'u-aliya';

beforeEach(async () => {
  await db.users.put({
    id: USER,
    name: 'Сәрсенова Әлия',
    role: 'clerk',
    active: true,
    password: await hashPassword('дұрыс-сөз', { N: 2 ** 10, r: 8, p: 1 }),
  });
});
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await db.users.clear();
  await db.meta.clear();
});

function show(lang: 'kk' | 'ru') {
  localStorage.setItem('akimat.language', lang);
  const onSignedIn = vi.fn();
  render(
    <LanguageProvider>
      <SignInScreen settings={settings} onSignedIn={onSignedIn} />
    </LanguageProvider>,
  );
  return onSignedIn;
}

async function attempt(password: string, button = 'Кіру') {
  const submit = screen.getByRole<HTMLButtonElement>('button', { name: button });
  await waitFor(() => expect(submit.disabled).toBe(false));
  fireEvent.change(screen.getByLabelText(/Құпиясөз|Пароль/), { target: { value: password } });
  await act(async () => {
    fireEvent.click(submit);
  });
}

async function blocked(failures: number, seconds: number) {
  await db.meta.bulkPut([
    { key: `signin-failures:${USER}`, value: failures },
    { key: `signin-blocked-until:${USER}`, value: Date.now() + seconds * 1000 },
  ]);
}

describe('SignInScreen with repeated wrong passwords', () => {
  it('forgives three, then holds the button with the seconds left (kk)', async () => {
    show('kk');
    await screen.findByText(/Сәрсенова Әлия/);
    for (let i = 0; i < 3; i++) {
      await attempt('қате');
      await screen.findByText('Құпиясөз дұрыс емес');
      expect(screen.queryByTestId('signin-wait')).toBeNull();
    }
    await attempt('қате');
    expect((await screen.findByTestId('signin-wait')).textContent).toBe(
      'Құпиясөз бірнеше рет қате енгізілді. 5 секундтан кейін қайталаңыз.',
    );
    expect(screen.getByRole('button', { name: 'Кіру' })).toHaveProperty('disabled', true);
  });

  it('counts down, lets the user in once the wait is over, and shows a wait left from before a restart', async () => {
    await blocked(4, 2);
    const onSignedIn = show('kk');
    expect((await screen.findByTestId('signin-wait')).textContent).toContain('2 секундтан');
    expect(screen.getByRole('button', { name: 'Кіру' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(screen.queryByTestId('signin-wait')).toBeNull(), { timeout: 4000 });
    await attempt('дұрыс-сөз');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ id: USER })));
    expect(await db.meta.count()).toBe(0);
  });

  it('tells a locked user, in Russian, that the akim can reset the password, with the minutes left', async () => {
    await blocked(10, 15 * 60);
    show('ru');
    const message = await screen.findByTestId('signin-wait');
    expect(message.textContent).toBe(
      'Неверный пароль введён слишком много раз, вход заблокирован. Пароль может сбросить аким (в отделе — руководитель отдела), иначе повторите через 15 минут.',
    );
    expect(screen.getByRole('button', { name: 'Войти' })).toHaveProperty('disabled', true);
  });
});
