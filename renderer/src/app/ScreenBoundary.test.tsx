// @vitest-environment jsdom
// The error boundary in the browser host: a screen that throws shows the kk/ru
// message, "copy details" copies the details (no personal data), and the error
// lands in the IndexedDB ring buffer.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/database';
import { LanguageProvider } from '@renderer/i18n/language';
import { kk } from '@renderer/texts/kk';
import { ru } from '@renderer/texts/ru';
import { recentErrors } from '@renderer/features/diagnostics/error-log';
import { installErrorHandlers } from '@renderer/features/diagnostics/commands';
import { ScreenBoundary } from './ScreenBoundary';

function Boom(): never {
  throw new Error('search index missing for 900101300123');
}

const writeText = vi.fn(async (_text: string) => undefined);
Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
Object.defineProperty(navigator, 'storage', {
  value: { estimate: async () => ({ usage: 12.5 * 1024 * 1024, quota: 2048 * 1024 * 1024 }) },
  configurable: true,
});

afterEach(async () => {
  cleanup();
  localStorage.clear();
  writeText.mockClear();
  await db.errorLog.clear();
});

function renderBroken(lang: 'kk' | 'ru') {
  localStorage.setItem('akimat.language', lang);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return render(
    <LanguageProvider>
      <ScreenBoundary screen="search">
        <Boom />
      </ScreenBoundary>
    </LanguageProvider>,
  );
}

describe('ScreenBoundary (browser host)', () => {
  it.each([
    ['kk', kk],
    ['ru', ru],
  ] as const)('shows the %s message, copies the details and logs the error', async (lang, texts) => {
    renderBroken(lang);
    expect(screen.getByTestId('screen-error').textContent).toContain(texts.app.screenErrorTitle);
    fireEvent.click(screen.getByTestId('copy-error-details'));
    expect(screen.getByTestId('copy-error-details').textContent).toBe(texts.app.copyDetails);
    await waitFor(() => expect(screen.getByTestId('copy-outcome').textContent).toContain(texts.app.detailsCopied));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain('screen: search');
    expect(copied).toContain('storage: 12.5 MB of 2048 MB');
    expect(copied).toContain(`Akimat Desk ${__APP_VERSION__}`);
    expect(copied).toMatch(/error: Error: search index missing for \[IIN\]/);
    expect(copied).toMatch(/stack:\n/);
    expect(copied).toMatch(/time: \d{4}-\d\d-\d\dT/);
    expect(copied).not.toContain('900101300123');
    await waitFor(async () => expect(await recentErrors(db)).toHaveLength(1));
    const [logged] = await recentErrors(db);
    expect(logged).toMatchObject({ source: 'boundary', screen: 'search', appVersion: __APP_VERSION__ });
    expect(logged!.message).toBe('Error: search index missing for [IIN]');
  });

  it('logs window errors and unhandled rejections', async () => {
    const stop = installErrorHandlers(window, () => 'today');
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined'), message: 'x is undefined' }));
    const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
    Object.defineProperty(rejection, 'reason', { value: new Error('fetch failed') });
    window.dispatchEvent(rejection);
    stop();
    await waitFor(async () => expect(await recentErrors(db)).toHaveLength(2));
    const sources = (await recentErrors(db)).map((e) => `${e.source} ${e.screen} ${e.message}`).sort();
    expect(sources).toEqual(['error today TypeError: x is undefined', 'unhandledrejection today Error: fetch failed']);
  });
});
