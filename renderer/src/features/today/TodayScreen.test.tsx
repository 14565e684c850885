// @vitest-environment jsdom
// Today at the akim's counter: a case sent to the commission and put on a
// session's agenda leaves the agenda's print button on screen. The minute
// turning over must not take it away (Today used to show "loading" for the new
// minute's read, unmounting the section and the agenda just added).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { SessionProvider } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import { createCommission } from '@renderer/features/commission/commands';
import { writeContextFor } from '@renderer/features/district/device';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { LanguageProvider } from '@renderer/i18n/language';
import { filledForm, TEST_OFFICE_SETTINGS } from '@renderer/testing/db-fixture';
import { TodayScreen } from './TodayScreen';

const SLOW = { timeout: 10_000 };
let settings: OfficeSettings;
let akim: UserRow;

beforeEach(async () => {
  settings = await setUpOffice(db, TEST_OFFICE_SETTINGS, { name: 'Құрманов Бақыт', role: 'akim', password: 'әкім-құпия1' });
  akim = (await db.users.toArray())[0];
  await createCommission(writeContextFor(db, settings, akim, localMoment()), {
    officeCode: settings.officeCode,
    decision: { number: '17', date: '2026-01-15' },
    members: [
      { fullName: 'Жұмабеков Серік', position: 'Әкім орынбасары', role: 'chair', from: '2026-01-15' },
      { fullName: 'Ғалымжанова Әсел', position: 'Бас маман', role: 'secretary', from: '2026-01-15' },
    ],
  });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** A case registered at the counter now; its number as Today lists it. */
async function register(): Promise<string> {
  const state = await registerApplication(
    writeContextFor(db, settings, akim, localMoment()),
    filledForm(),
    fixtureEntry,
    checklistFor(fixtureEntry, false),
    DEFAULT_OFFICE_HOURS,
  );
  return (await db.cases.get(state.caseId))!.number;
}

async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe('Today after sending to the commission', () => {
  it('keeps the agenda’s print button when the minute turns over and Today reads again', async () => {
    const number = await register();
    render(
      <LanguageProvider>
        <SessionProvider value={{ settings, user: akim, signOut: () => undefined }}>
          <TodayScreen />
        </SessionProvider>
      </LanguageProvider>,
    );
    await press(await screen.findByTestId(`bulk-${number}`, {}, SLOW));
    await press(screen.getByTestId('bulk-send'));
    await screen.findByTestId('bulk-result', {}, SLOW);
    fireEvent.change(screen.getByTestId('send-agenda-place'), { target: { value: 'Әкімдік, мәжіліс залы' } });
    await press(screen.getByTestId('send-agenda-add'));
    await screen.findByTestId('print-send-agenda-save', {}, SLOW);

    // A minute later another case comes in (at this counter or by a pull): Today renders for the new minute.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    const next = await register();
    await screen.findByTestId(`bulk-${next}`, {}, SLOW);
    expect(screen.getByTestId('today-ready')).toBeTruthy();
    expect(screen.getByTestId('send-agenda-added').textContent).toBe('№ 1 отырыстың күн тәртібінде 1 іс');
    expect(screen.getByTestId('print-send-agenda-save')).toBeTruthy();
  });
});
