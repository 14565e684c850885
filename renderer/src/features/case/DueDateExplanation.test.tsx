// @vitest-environment jsdom
// The case page's "how the date was counted": the stored schedule with each
// step's words from the act, its counting rule and the days off it skipped.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { CIVIL_CODE_TERM_RULE, skippedDayLabel } from '@shared/i18n/deadlines';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { LanguageProvider } from '@renderer/i18n/language';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { DueDateExplanation } from './DueDateExplanation';
import { explainCase } from './explain';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function registeredCase(at: string) {
  const db = freshDb();
  return registerApplication(writeContext(db, at), filledForm(), fixtureEntry, checklistFor(fixtureEntry, false), DEFAULT_OFFICE_HOURS);
}

describe('how the date was counted', () => {
  it("keeps the case's stored due moments and names the days off between registration and the result", async () => {
    const state = await registeredCase('2026-12-10T10:00');
    const explained = explainCase(state, fixtureEntry)!;
    expect(explained.steps.map((s) => s.end)).toEqual(state.registered!.schedule.map((s) => s.due));
    expect(explained.resultDueAt).toBe(state.registered!.resultDueAt);
    expect(explained.daysOff.map((d) => d.date)).toContain('2026-12-16');
    expect(explained.daysOff.find((d) => d.date === '2026-12-16')?.kind).toBe('holiday');
  });

  it('is a collapsed, keyboard-reachable section with the Civil Code rule, the steps and the skipped days, in Kazakh and Russian', async () => {
    const state = await registeredCase('2026-12-10T10:00');
    const explained = explainCase(state, fixtureEntry)!;
    const holiday = explained.daysOff.find((d) => d.date === '2026-12-16')!;
    for (const lang of ['kk', 'ru'] as const) {
      localStorage.setItem('akimat.language', lang);
      render(
        <LanguageProvider>
          <DueDateExplanation state={state} entry={fixtureEntry} />
        </LanguageProvider>,
      );
      const details = screen.getByTestId('due-explanation') as HTMLDetailsElement;
      expect(details.open).toBe(false);
      const summary = screen.getByTestId('due-explanation-toggle');
      expect(summary.tagName).toBe('SUMMARY');
      fireEvent.click(summary);
      expect(screen.getByTestId('due-explanation-rule').textContent).toBe(CIVIL_CODE_TERM_RULE[lang]);
      for (const step of explained.steps) expect(screen.getByTestId(`explain-step-${step.stepId}`)).toBeTruthy();
      expect(screen.getByTestId('due-explanation-days-off').textContent).toContain(skippedDayLabel(holiday, lang));
      cleanup();
    }
  });

  it('says nothing for a case without a registration', () => {
    expect(explainCase({ events: [] } as never, fixtureEntry)).toBeNull();
  });
});
