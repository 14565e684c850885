// @vitest-environment jsdom
// The time field: 24-hour "HH:MM" typed digit by digit, its colon by itself, a
// time that cannot be named in Kazakh (the default language).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '@renderer/i18n/language';
import { TimeField } from './TimeField';

afterEach(cleanup);

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <LanguageProvider>
      <TimeField label="Басталады" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </LanguageProvider>
  );
}

const input = () => screen.getByLabelText('Басталады') as HTMLInputElement;
const typeEach = (text: string) => {
  for (const c of text) fireEvent.change(input(), { target: { value: input().value + c } });
};

describe('TimeField', () => {
  it('takes the digits alone and shows 24-hour time', () => {
    render(<Harness />);
    typeEach('1830');
    expect(input().value).toBe('18:30');
    expect(screen.getByTestId('value').textContent).toBe('18:30');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names a time that cannot be, in Kazakh', () => {
    render(<Harness />);
    typeEach('2560');
    expect(screen.getByRole('alert').textContent).toBe('Уақытты 24 сағаттық түрде жазыңыз, мысалы 09:00 не 18:30');
  });

  it('completes a one-digit hour when left, and names an unfinished time then', () => {
    render(<Harness initial="08:00" />);
    fireEvent.change(input(), { target: { value: '9:30' } });
    fireEvent.blur(input());
    expect(screen.getByTestId('value').textContent).toBe('09:30');
    fireEvent.change(input(), { target: { value: '9' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(input());
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
