// @vitest-environment jsdom
// The join path on screen: a failed connection keeps the first-run screen with the
// typed values and a kk/ru message; a PC with settings and no staff shows the join
// progress, says when the server has no staff, and moves on to sign-in once they came.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/database';
import type { OfficeSettings } from '@renderer/db/schema';
import { LanguageProvider, useLanguage } from '@renderer/i18n/language';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { hashPassword } from '@shared/staff/password';
import { SignInScreen } from '@renderer/features/staff/SignInScreen';
import { FirstRun } from './FirstRun';
import type { JoinState } from './join';

const pulls: JoinState[] = [];
vi.mock('./commands', async (original) => ({
  ...(await original<typeof import('./commands')>()),
  pullThisPcStaff: vi.fn(async () => pulls.shift() ?? { kind: 'noStaff' }),
}));

afterEach(async () => {
  cleanup();
  localStorage.clear();
  pulls.length = 0;
  await db.settings.clear();
  await db.users.clear();
});

function LanguageButtons() {
  const { setLang } = useLanguage();
  return (
    <button type="button" onClick={() => setLang('ru')}>
      ru
    </button>
  );
}

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const input = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);

describe('joining on screen', () => {
  it('keeps the first-run screen and the typed values when the server cannot be reached', async () => {
    render(
      <LanguageProvider>
        <LanguageButtons />
        <FirstRun />
      </LanguageProvider>,
    );
    fireEvent.click(screen.getByTestId('join-office'));
    expect(screen.queryByTestId('join-form')).not.toBeNull();
    fireEvent.change(input('join-server'), { target: { value: 'http://127.0.0.1:9' } });
    fireEvent.change(input('join-code'), { target: { value: 'abcde-12345' } });
    fireEvent.change(input('join-office-code'), { target: { value: '0101' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('join-submit'));
    });
    const status = await screen.findByTestId('join-status');
    await waitFor(() => expect(status.dataset.state).toBe('refused'));
    expect(status.textContent).toContain('Серверге қосылу мүмкін болмады');
    fireEvent.click(screen.getByRole('button', { name: 'ru' }));
    expect(screen.getByTestId('join-status').textContent).toContain('Не удалось связаться с сервером');
    expect([input('join-server').value, input('join-code').value, input('join-office-code').value]).toEqual([
      'http://127.0.0.1:9',
      'ABCDE-12345',
      '0101',
    ]);
    expect(await db.settings.count()).toBe(0);
  });

  it('asks for the values before connecting', async () => {
    render(
      <LanguageProvider>
        <FirstRun />
      </LanguageProvider>,
    );
    fireEvent.click(screen.getByTestId('kind-district'));
    fireEvent.click(screen.getByTestId('join-office'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('join-submit'));
    });
    expect(screen.getByText('Бөлім Akimat Desk-те басқа компьютерде жұмыс істеп тұр: осы компьютерді қосу')).not.toBeNull();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Толтыру міндетті', '2–12 цифр не латын бас әрпі']);
    expect(screen.queryByTestId('join-status')).toBeNull();
  });

  it('shows the join progress while no staff are here, and sign-in once they came', async () => {
    const settings: OfficeSettings = {
      key: 'office',
      nameKk: 'Жансүгіров кенттік округі',
      nameRu: 'Жансугуровский поселковый округ',
      okrug: '',
      district: '',
      officeCode: '0101',
      deviceLetter: 'B',
      deviceId: '0101-B',
      hours: DEFAULT_OFFICE_HOURS,
      actIds: [],
    };
    await db.settings.put(settings);
    pulls.push({ kind: 'noStaff' });
    render(
      <LanguageProvider>
        <SignInScreen settings={settings} onSignedIn={() => undefined} />
      </LanguageProvider>,
    );
    const status = await screen.findByTestId('join-status');
    await waitFor(() => expect(status.dataset.state).toBe('noStaff'));
    expect(screen.getByRole('heading').textContent).toBe('Компьютерді қосу: «Жансүгіров кенттік округі»');
    expect(status.textContent).toContain('серверде әлі бірде-бір қызметкер жоқ');

    pulls.push({ kind: 'ready', staff: 1 });
    await act(async () => {
      fireEvent.click(screen.getByTestId('join-retry'));
    });
    await db.users.put({ id: 'u-1', name: 'Сәрсенова Әлия', role: 'clerk', active: true, password: await hashPassword('құпия-сөз', FAST) });
    await waitFor(() => expect(screen.queryByTestId('join-progress')).toBeNull());
    expect(screen.getByRole('heading').textContent).toBe('Кіру');
    expect(screen.getByRole('option').textContent).toContain('Сәрсенова Әлия');
  });
});
