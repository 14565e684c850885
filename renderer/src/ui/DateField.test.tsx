// @vitest-environment jsdom
// The date field: typed day first, kept as ISO for the code, a date that cannot
// be named in Kazakh (the default language) as soon as it is whole.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@renderer/i18n/language';
import { DateField } from './DateField';

afterEach(cleanup);

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <LanguageProvider>
      <DateField label="Күні" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2027-01-31')}>
        reset
      </button>
    </LanguageProvider>
  );
}

const input = () => screen.getByLabelText('Күні') as HTMLInputElement;
const typeEach = (text: string) => {
  for (const c of text) fireEvent.change(input(), { target: { value: input().value + c } });
};

describe('DateField', () => {
  it('puts the dots in as the digits are typed and gives the code the ISO date', () => {
    render(<Harness />);
    typeEach('01022026');
    expect(input().value).toBe('01.02.2026');
    expect(screen.getByTestId('value').textContent).toBe('2026-02-01');
    expect(input().type).toBe('text');
    expect(input().placeholder).toBe('кк.аа.жжжж');
  });

  it('shows an ISO value day first, and a value set from outside replaces the text', () => {
    render(<Harness initial="2019-05-20" />);
    expect(input().value).toBe('20.05.2019');
    fireEvent.click(screen.getByText('reset'));
    expect(input().value).toBe('31.01.2027');
  });

  it('refuses a date that does not exist, and asks for the whole date when left half typed', () => {
    render(<Harness />);
    typeEach('31022026');
    expect(screen.getByRole('alert').textContent).toBe('Мұндай күн жоқ: күнін, айын және жылын тексеріңіз');
    expect(screen.getByTestId('value').textContent).toBe('31.02.2026');
    fireEvent.change(input(), { target: { value: '01.02' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(input());
    expect(screen.getByRole('alert').textContent).toContain('кк.аа.жжжж');
  });

  it('reads a two-digit year and shows the whole date once left', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: '1.2.26' } });
    expect(screen.getByTestId('value').textContent).toBe('2026-02-01');
    fireEvent.blur(input());
    expect(input().value).toBe('01.02.2026');
  });
});
