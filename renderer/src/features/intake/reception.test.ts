// A registration outside the reception window (seed 003: 09:00–17:30, lunch
// 13:00–14:30, inside a longer working day): its terms run from the window's next opening.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, DEFAULT_OFFICE_HOURS, receptionStatus } from '@shared/deadlines';
import type { Payload } from '@shared/case';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { explainCase } from '@renderer/features/case/explain';
import { checklistFor } from './checklist';
import { registrationEvents } from './record';
import { registerApplication } from './submit';

const registered = (at: string) =>
  registrationEvents(filledForm(), fixtureEntry, checklistFor(fixtureEntry, false), '0512-A-00001', at, DEFAULT_OFFICE_HOURS).find(
    (e) => e.type === 'registered',
  )!.payload as Payload<'registered'>;

describe('registration outside the reception window', () => {
  it('after the reception closes but inside the working day: counted from the next opening of the window', () => {
    const status = receptionStatus('2026-12-01T17:45', DEFAULT_OFFICE_HOURS);
    expect(status).toMatchObject({ inside: false, reason: 'afterClosing', termsRunFrom: '2026-12-02T09:00' });
    const expected = computeDeadlines(fixtureEntry, {
      channel: 'akim',
      registeredAt: '2026-12-02T09:00',
      officeHours: DEFAULT_OFFICE_HOURS,
    });
    expect(registered('2026-12-01T17:45').schedule).toEqual(expected.steps);
    expect(registered('2026-12-01T17:45').resultDate).toBe(expected.resultDate);
  });

  it('at lunch: counted from the end of the break; inside the window: from the moment itself', () => {
    expect(receptionStatus('2026-12-01T14:00', DEFAULT_OFFICE_HOURS).termsRunFrom).toBe('2026-12-01T14:30');
    const inside = computeDeadlines(fixtureEntry, { channel: 'akim', registeredAt: '2026-12-01T10:00', officeHours: DEFAULT_OFFICE_HOURS });
    expect(registered('2026-12-01T10:00').schedule).toEqual(inside.steps);
  });

  it("the case page's explanation starts from the moment the terms run from", async () => {
    const db = freshDb();
    const state = await registerApplication(
      writeContext(db, '2026-12-01T17:45'),
      filledForm(),
      fixtureEntry,
      checklistFor(fixtureEntry, false),
      DEFAULT_OFFICE_HOURS,
    );
    const explained = explainCase(state, fixtureEntry, DEFAULT_OFFICE_HOURS)!;
    expect(explained.registeredAt).toBe('2026-12-01T17:45');
    expect(explained.termsRunFrom).toBe('2026-12-02T09:00');
    expect(explained.steps[0].start).toBe('2026-12-02T09:00');
  });
});
