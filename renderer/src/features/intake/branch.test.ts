// The branch chosen at intake: asked where the akim channel's terms depend on
// it, passed to computeDeadlines and kept in the registered event.
import { describe, expect, it } from 'vitest';
import { findEntry } from '@shared/catalog';
import { computeDeadlines, DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import type { Payload } from '@shared/case';
import { filledForm } from '@renderer/testing/db-fixture';
import { checklistFor } from './checklist';
import { chosenBranch, registrationEvents } from './record';
import { validateIntake } from './validate';

const kostanay = findEntry('kst-565-2015/local-social-assistance')!;
const fuel = findEntry('kzo-590-2014/fuel-aid-rural-social-specialists')!;
const AT = '2026-12-01T10:00';
const TODAY = '2026-12-01';

function registered(entryId: string, branch: string): Payload<'registered'> {
  const entry = findEntry(entryId)!;
  const form = filledForm({ entryId, branch });
  const events = registrationEvents(form, entry, checklistFor(entry, false), '0512-A-00001', AT, DEFAULT_OFFICE_HOURS);
  return events.find((e) => e.type === 'registered')!.payload as Payload<'registered'>;
}

describe('the branch at intake', () => {
  it('is required where the terms depend on it and the entry has no default', () => {
    expect(validateIntake(filledForm({ entryId: kostanay.id }), kostanay, 'register', TODAY).branch).toEqual({
      text: 'intake.branchRequired',
    });
    expect(validateIntake(filledForm({ entryId: kostanay.id, branch: 'documents-complete' }), kostanay, 'register', TODAY).branch).toBe(
      undefined,
    );
    // Fuel aid has a default route: nothing to ask before registering.
    expect(validateIntake(filledForm({ entryId: fuel.id }), fuel, 'register', TODAY).branch).toBe(undefined);
  });

  it('moves the talon date: Kostanay, documents missing or lost → the longer term, stored in registered.branch', () => {
    const complete = registered(kostanay.id, 'documents-complete');
    const lost = registered(kostanay.id, 'documents-incomplete-or-lost');
    expect(complete.branch).toBe('documents-complete');
    expect(lost.branch).toBe('documents-incomplete-or-lost');
    expect(lost.resultDate).toBe(
      computeDeadlines(kostanay, {
        channel: 'akim',
        registeredAt: AT,
        officeHours: DEFAULT_OFFICE_HOURS,
        branch: 'documents-incomplete-or-lost',
      }).resultDate,
    );
    expect(lost.resultDate > complete.resultDate).toBe(true);
  });

  it("takes the entry's default where nothing was chosen, and ignores a branch of another entry", () => {
    expect(registered(fuel.id, '').branch).toBe('via-provider');
    expect(registered(fuel.id, 'via-centre').branch).toBe('via-centre');
    expect(chosenBranch(fuel, 'documents-complete')).toBe(undefined);
  });
});
