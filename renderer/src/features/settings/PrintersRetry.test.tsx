// @vitest-environment jsdom
// PrintButtons on the Electron host, driven through a fake HostBridge: the
// Electron binary cannot run on this machine, so this object stands in for the
// preload's window.akimatHost and answers print jobs the way main does.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostBridge, PrintOutcome, PrintRequest } from '@shared/host/bridge';

const answers: PrintOutcome[] = [];
const jobs: PrintRequest[] = [];
const fake: HostBridge = {
  appInfo: async () => ({ host: 'electron', version: '0.1.0', platform: 'win32' }),
  listPrinters: async () => [{ name: 'XP-58', displayName: 'XP-58', isDefault: true }],
  printPdf: async (request) => {
    jobs.push(request);
    return answers.shift() ?? { ok: true };
  },
  saveFile: async () => ({ ok: true }),
  previewPdf: vi.fn(async () => ({ ok: true })),
  choosePrinter: async () => ({ ok: true }),
};

let PrintButtons: typeof import('@renderer/print/PrintButtons').PrintButtons;
let LanguageProvider: typeof import('@renderer/i18n/language').LanguageProvider;
let choosePrinterFor: typeof import('./PrintersJob').choosePrinterFor;

beforeAll(async () => {
  // The host is picked when host.ts is first imported: install the fake before that.
  window.akimatHost = fake;
  ({ PrintButtons } = await import('@renderer/print/PrintButtons'));
  ({ LanguageProvider } = await import('@renderer/i18n/language'));
  ({ choosePrinterFor } = await import('./PrintersJob'));
});
afterEach(() => {
  cleanup();
  jobs.length = 0;
  localStorage.clear();
});

function renderTalon(before = vi.fn(async () => undefined)) {
  render(
    <LanguageProvider>
      <PrintButtons
        form="talon"
        title="Талон"
        fileName="talon.pdf"
        build={async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])}
        before={before}
        testId="talon"
      />
    </LanguageProvider>,
  );
  return before;
}

async function click(testId: string) {
  await act(async () => void fireEvent.click(screen.getByTestId(testId)));
}

describe('print buttons on the Electron host (fake bridge)', () => {
  it('a failed print shows the host reason in the current language; Retry prints without recording a second reprint', async () => {
    answers.push({
      ok: false,
      reason: 'printerOffline',
      detail: '«XP-58» принтері қосылмаған немесе желіден тыс / Принтер «XP-58» выключен или не в сети',
    });
    const before = renderTalon();
    await click('talon-print');
    expect(screen.getByTestId('talon-failure').textContent).toBe(
      'Басып шығару мүмкін болмады: «XP-58» принтері қосылмаған немесе желіден тыс',
    );
    await click('talon-retry');
    expect(jobs).toHaveLength(2);
    expect(before).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('talon-failure')).toBeNull();
    expect(screen.getByText('Басып шығаруға жіберілді')).toBeTruthy();
  });

  it('names a missing printer, a cancelled job and other failures in words', async () => {
    answers.push(
      { ok: false, reason: 'noPrinter' },
      { ok: false, reason: 'cancelled' },
      { ok: false, reason: 'failed', detail: 'spooler stopped' },
    );
    renderTalon();
    await click('talon-print');
    expect(screen.getByTestId('talon-failure').textContent).toContain('принтер таңдалмаған не табылмады');
    await click('talon-retry');
    expect(screen.getByTestId('talon-failure').textContent).toContain('басып шығару тоқтатылды');
    await click('talon-retry');
    expect(screen.getByTestId('talon-failure').textContent).toContain('принтер қатесі (spooler stopped)');
  });

  it('prints silently to the printer chosen for the form, and previews where the host can', async () => {
    renderTalon();
    await click('talon-print');
    expect(jobs[0].silent).toBe(false);
    expect(await choosePrinterFor(fake, 'talon', 'XP-58')).toBe(true);
    await click('talon-print');
    expect(jobs[1].silent).toBe(true);
    await click('talon-preview');
    expect(fake.previewPdf).toHaveBeenCalledWith({ form: 'talon', title: 'Талон', pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
  });
});
