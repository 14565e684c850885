// @vitest-environment jsdom
// Issue 14: Today puts the lists with cases first and folds every empty list
// into one line that names them.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@renderer/i18n/language';
import { splitSections, type TodaySection, TodaySections } from './sections';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const section = (key: string, title: string, count: number, pinned = false): TodaySection => ({
  key,
  title,
  count,
  pinned,
  body: <p data-testid={`body-${key}`}>{title}</p>,
});

const SECTIONS = [
  section('overdue', 'Мерзімі өтіп кеткен', 0),
  section('dueToday', 'Бүгін мерзімі бітетін', 2),
  section('atCommission', 'Учаскелік комиссияда', 0),
  section('resultReady', 'Нәтижесі беруге дайын', 1),
  section('arrived', 'Нәтиже келді', 0),
];

describe("Today's sections", () => {
  it('keep the order of the lists with cases and put the empty ones after them', () => {
    const { filled, empty } = splitSections(SECTIONS);
    expect(filled.map((s) => s.key)).toEqual(['dueToday', 'resultReady']);
    expect(empty.map((s) => s.key)).toEqual(['overdue', 'atCommission', 'arrived']);
    expect(splitSections([section('waiting', 'x', 0, true)]).filled).toHaveLength(1);
  });

  it('show the lists with cases, then one line naming the empty ones', () => {
    const { container } = render(
      <LanguageProvider>
        <TodaySections sections={SECTIONS} />
      </LanguageProvider>,
    );
    expect([...container.querySelectorAll('section')].map((s) => s.id)).toEqual(['today-dueToday', 'today-resultReady']);
    expect(screen.queryByTestId('body-overdue')).toBeNull();
    expect(screen.getByTestId('today-empty').textContent).toBe('Бос тізімдер: Мерзімі өтіп кеткен, Учаскелік комиссияда, Нәтиже келді');
    expect(container.lastElementChild).toBe(screen.getByTestId('today-empty'));
  });
});
