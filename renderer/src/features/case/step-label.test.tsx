// @vitest-environment jsdom
// Issue 14: the step list's first row starts with a capital, and a decision that
// has arrived at the akimat names the akimat's next step on its PC.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionProvider } from '@renderer/app/session';
import type { CaseSummary, OfficeSettings, UserRow } from '@renderer/db/schema';
import { LanguageProvider } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { capitalised, ownNextStepText, stepLabel } from './step-label';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('step labels', () => {
  it("capitalises the act's lower-case words for the step list, in both languages", () => {
    const action = { kk: 'өтініш берушінің құжаттарды тапсыруы', ru: 'подача документов заявителем' };
    expect(stepLabel({ stepId: 'submit' }, action, 'kk')).toBe('Өтініш берушінің құжаттарды тапсыруы');
    expect(stepLabel({ stepId: 'submit' }, action, 'ru')).toBe('Подача документов заявителем');
    expect(stepLabel({ stepId: 'register', milestone: 'accept' }, action, 'kk')).toBe('Құжаттарды қабылдау және тіркеу');
    expect(stepLabel({ stepId: 'x' }, undefined, 'ru')).toBe('x');
    expect(capitalised('ірі', 'kk')).toBe('Ірі');
    expect(capitalised('', 'kk')).toBe('');
  });

  it("names the akimat's own step for a decision that arrived, only on an akimat PC", () => {
    expect(ownNextStepText('decided', 'akimat')).toBe('case.nextResultArrived');
    expect(ownNextStepText('decided', 'district')).toBeNull();
    expect(ownNextStepText('atDistrict', 'akimat')).toBeNull();
  });
});

const decided: CaseSummary = {
  id: 'c-1',
  number: '0512-26A-0001',
  shortCode: 'ABCD',
  entryId: 'x',
  status: 'decided',
  iin: '850314450000',
  surname: 'Өтемісова',
  surnameKey: 'өтемісова',
  fullName: 'Өтемісова Гүлнәр',
  nameWords: [],
  namePairs: [],
  serviceWords: [],
  iins: [],
  registeredDate: '2026-11-23',
  registeredAt: '2026-11-23T10:00',
  openDue: '2026-12-20T18:00',
  nextMilestone: 'districtReturn',
  acceptedBy: 'Сәрсенова Ә.',
  eventCount: 9,
};

function renderOn(kind: 'akimat' | 'district') {
  const session = { settings: { kind } as OfficeSettings, user: { id: 'u' } as UserRow, signOut() {} };
  return render(
    <LanguageProvider>
      <SessionProvider value={session}>
        <CaseTable cases={[decided]} />
      </SessionProvider>
    </LanguageProvider>,
  );
}

describe("the next step of a decision that arrived (Today's lists)", () => {
  it('on the akimat PC is to register it and hand it over', () => {
    renderOn('akimat');
    expect(screen.getByText('Келген нәтижені тіркеп, өтініш берушіге беру')).toBeTruthy();
    expect(screen.queryByText('Нәтижені әкімге жіберу')).toBeNull();
  });

  it("on the district PC stays the district's", () => {
    renderOn('district');
    expect(screen.getByText('Нәтижені әкімге жіберу')).toBeTruthy();
  });
});
