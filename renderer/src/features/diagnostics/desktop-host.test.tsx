// @vitest-environment jsdom
// On the desktop host (a fake window.akimatHost standing in for the preload):
// a screen's error goes through the bridge's logError (main writes it to the log
// file, electron/main/ipc.test.ts), updates are configured with the PC's
// identity, and a downloaded update offers "install on restart" and "later".
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostBridge, RendererErrorEntry, UpdateState } from '@shared/host/bridge';
import { freshDb } from '@renderer/testing/db-fixture';

const logged: RendererErrorEntry[] = [];
const fake: HostBridge = {
  appInfo: async () => ({ host: 'electron', version: '0.1.0', platform: 'win32' }),
  listPrinters: async () => [],
  printPdf: async () => ({ ok: true }),
  saveFile: async () => ({ ok: true }),
  logError: async (entry) => {
    logged.push(entry);
    return { ok: true };
  },
  configureUpdates: vi.fn(async () => ({ state: 'checking' }) as UpdateState),
  installUpdate: vi.fn(async () => ({ ok: true })),
  onUpdateState: () => () => undefined,
};

let mod: {
  ScreenBoundary: typeof import('@renderer/app/ScreenBoundary').ScreenBoundary;
  LanguageProvider: typeof import('@renderer/i18n/language').LanguageProvider;
  UpdateBanner: typeof import('./UpdateBanner').UpdateBanner;
  configureDesktopUpdates: typeof import('./updates').configureDesktopUpdates;
};

beforeAll(async () => {
  window.akimatHost = fake;
  mod = {
    ...(await import('@renderer/app/ScreenBoundary')),
    ...(await import('@renderer/i18n/language')),
    ...(await import('./UpdateBanner')),
    ...(await import('./updates')),
  };
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Boom(): never {
  throw new Error('print module failed to load');
}

describe('desktop host', () => {
  it("sends a screen's error through the bridge to the log file", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <mod.LanguageProvider>
        <mod.ScreenBoundary screen="register">
          <Boom />
        </mod.ScreenBoundary>
      </mod.LanguageProvider>,
    );
    expect(screen.getByTestId('screen-error')).toBeTruthy();
    await waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0]).toMatchObject({ source: 'boundary', screen: 'register', message: 'Error: print module failed to load' });
  });

  it('configures updates with the enrolled identity and shows a ready update in kk and ru', async () => {
    const db = freshDb();
    expect(await mod.configureDesktopUpdates(db, fake)).toBeNull();
    await db.syncState.put({
      key: 'device',
      serverUrl: 'http://sync.example:8080',
      deviceId: 'dev-1',
      letter: 'A',
      token: 'token-0123456789abcdef',
      scope: { kind: 'office', officeCode: '0101', districtCode: 'D01' },
      enrolledAt: '2026-11-30T00:00:00Z',
    } as never);
    expect(await mod.configureDesktopUpdates(db, fake)).toEqual({ state: 'checking' });
    expect(fake.configureUpdates).toHaveBeenCalledWith({
      serverUrl: 'http://sync.example:8080',
      token: 'token-0123456789abcdef',
      districtCode: 'D01',
    });

    localStorage.setItem('akimat.language', 'ru');
    render(
      <mod.LanguageProvider>
        <mod.UpdateBanner notice={{ kind: 'ready', version: '0.2.0' }} />
      </mod.LanguageProvider>,
    );
    expect(screen.getByTestId('update-ready').textContent).toContain('Загружена новая версия 0.2.0.');
    fireEvent.click(screen.getByTestId('update-install'));
    expect(fake.installUpdate).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('update-later'));
    expect(screen.queryByTestId('update-ready')).toBeNull();
  });
});
