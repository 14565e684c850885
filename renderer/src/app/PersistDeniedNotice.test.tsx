// @vitest-environment jsdom
// Issue 14: the "no persistent storage" notice says what to do, and once dismissed
// it stays away on this PC (jsdom has no navigator.storage: persistence is denied).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@renderer/i18n/language';
import { PERSIST_NOTICE_KEY, PersistDeniedNotice } from './PersistDeniedNotice';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const show = () =>
  render(
    <LanguageProvider>
      <PersistDeniedNotice />
    </LanguageProvider>,
  );

describe('the persistent-storage notice', () => {
  it('says what to do, in Kazakh and Russian', async () => {
    show();
    const notice = await screen.findByTestId('persist-denied');
    expect(notice.textContent).toContain('резервтік көшірмені');
    expect(notice.textContent).toContain('жұмыс үстелі қолданбасын орнатыңыз');
    cleanup();
    localStorage.setItem('akimat.language', 'ru');
    show();
    expect((await screen.findByTestId('persist-denied')).textContent).toContain('разрешите сайту хранить данные');
  });

  it('goes away when dismissed, and stays away after a reload', async () => {
    show();
    const dismiss = await screen.findByTestId('persist-denied-dismiss');
    act(() => void fireEvent.click(dismiss));
    expect(screen.queryByTestId('persist-denied')).toBeNull();
    expect(localStorage.getItem(PERSIST_NOTICE_KEY)).toBe('1');
    cleanup();
    show();
    await act(async () => await Promise.resolve());
    expect(screen.queryByTestId('persist-denied')).toBeNull();
  });
});
