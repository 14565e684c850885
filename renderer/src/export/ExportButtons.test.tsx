// @vitest-environment jsdom
// The export buttons hand the host an XLSX or a CSV with its MIME type and a
// file name that keeps Kazakh letters; a refused save says why, a cancelled one says nothing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveRequest } from '@shared/host/bridge';
import { host } from '@renderer/host/host';
import { LanguageProvider } from '@renderer/i18n/language';
import { ExportButtons } from './ExportButtons';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

const columns = [{ head: { kk: 'Тегі', ru: 'Фамилия' }, value: (r: { name: string }) => r.name }];
const rows = [{ name: 'Өтемісова' }];

function renderButtons() {
  render(
    <LanguageProvider>
      <ExportButtons columns={columns} rows={rows} name="Кіріс журналы 2026-02" testId="x" />
    </LanguageProvider>,
  );
}

describe('export buttons', () => {
  it('save a CSV through the host, with its MIME type and a Kazakh file name', async () => {
    const save = vi.spyOn(host, 'saveFile').mockResolvedValue({ ok: true });
    renderButtons();
    fireEvent.click(screen.getByRole('button', { name: 'Кіріс журналы 2026-02: CSV сақтау' }));
    await screen.findByText('Файл сақталды');
    const request = save.mock.calls[0][0] as SaveRequest;
    expect(request.suggestedName).toBe('Кіріс-журналы-2026-02.csv');
    expect(request.mime).toBe('text/csv');
    expect(new TextDecoder().decode(request.data)).toBe('Тегі\r\nӨтемісова\r\n');
  });

  it('save an XLSX with the spreadsheet MIME type', async () => {
    const save = vi.spyOn(host, 'saveFile').mockResolvedValue({ ok: true });
    renderButtons();
    fireEvent.click(screen.getByTestId('x-xlsx'));
    await waitFor(() => expect(save).toHaveBeenCalled(), { timeout: 20_000 });
    const request = save.mock.calls[0][0] as SaveRequest;
    expect(request.suggestedName).toBe('Кіріс-журналы-2026-02.xlsx');
    expect(request.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...request.data.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('say why a save failed, and nothing when the user cancelled the dialog', async () => {
    vi.spyOn(host, 'saveFile').mockResolvedValueOnce({ ok: false, reason: 'failed', detail: 'EACCES' });
    renderButtons();
    fireEvent.click(screen.getByTestId('x-csv'));
    expect((await screen.findByRole('alert')).textContent).toBe('Файл сақталмады: EACCES');
    vi.spyOn(host, 'saveFile').mockResolvedValueOnce({ ok: false, reason: 'cancelled' });
    fireEvent.click(screen.getByTestId('x-csv'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.queryByText('Файл сақталды')).toBeNull();
  });
});
