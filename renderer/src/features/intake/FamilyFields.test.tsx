// @vitest-environment jsdom
// Family members at the counter: a child's IIN is checked as it is typed, like
// the applicant's, and "add family member" puts the cursor in the new row.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIin } from '@shared/iin/iin';
import { LanguageProvider } from '@renderer/i18n/language';
import { FamilyFields } from './FamilyFields';
import { emptyForm, type IntakeForm } from './form';
import type { Intake } from './useIntakeForm';

afterEach(cleanup);

function Harness() {
  const [form, setForm] = useState<IntakeForm>(emptyForm());
  const intake = {
    form,
    set: (key: keyof IntakeForm, value: unknown) => setForm((old) => ({ ...old, [key]: value })),
    shown: () => null,
  } as unknown as Intake;
  return (
    <LanguageProvider>
      <FamilyFields intake={intake} />
    </LanguageProvider>
  );
}

describe('family members', () => {
  it('puts the cursor in the new row and checks the child’s IIN as it is typed', () => {
    render(<Harness />);
    fireEvent.click(screen.getByText(/Отбасы мүшесін қосу/));
    const iin = screen.getByTestId('family-0-iin');
    expect(document.activeElement).toBe(iin);
    const child = makeIin('2015-03-01', 'male', 12)!;
    const wrong = child.slice(0, 11) + String((Number(child[11]) + 1) % 10);
    fireEvent.change(iin, { target: { value: wrong } });
    expect(screen.getByRole('alert').textContent).toMatch(/бақылау/i);
    fireEvent.change(iin, { target: { value: child } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/01\.03\.2015/)).toBeTruthy();
    fireEvent.click(screen.getByText(/Отбасы мүшесін қосу/));
    expect(document.activeElement).toBe(screen.getByTestId('family-1-iin'));
  });
});
