// @vitest-environment jsdom
// Issue 14: two forms side by side (the case page's talon and consent) each have
// a "PDF сақтау" button; their accessible names say which form they save.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@renderer/i18n/language';
import { PrintButtons } from './PrintButtons';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const build = async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function renderTwo() {
  render(
    <LanguageProvider>
      <PrintButtons form="talon" title="t" fileName="talon.pdf" build={build} testId="reprint-talon" />
      <PrintButtons form="consent" title="c" fileName="consent.pdf" build={build} testId="reprint-consent" />
    </LanguageProvider>,
  );
}

describe('print buttons of neighbouring forms', () => {
  it('name the form they save or print, and keep their test ids', () => {
    renderTwo();
    expect(screen.getByRole('button', { name: 'Үзбелі талон — PDF сақтау' }).dataset.testid).toBe('reprint-talon-save');
    expect(screen.getByRole('button', { name: 'Дербес деректерді пайдалануға келісім — PDF сақтау' }).dataset.testid).toBe(
      'reprint-consent-save',
    );
    expect(screen.getByRole('button', { name: 'Үзбелі талон — Басып шығару' }).dataset.testid).toBe('reprint-talon-print');
    // the visible text stays short
    expect(screen.getByTestId('reprint-talon-save').textContent).toBe('PDF сақтау');
  });

  it('in Russian too', () => {
    localStorage.setItem('akimat.language', 'ru');
    renderTwo();
    expect(screen.getByRole('button', { name: 'Отрывной талон — Сохранить PDF' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Согласие на использование персональных данных — Сохранить PDF' })).toBeTruthy();
  });
});
