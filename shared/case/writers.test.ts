import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, EventActor } from './events';
import { DISTRICT_ROLES, mayWrite, OFFICE_ROLES, typesWrittenBy, WRITERS } from './writers';

describe('who may write each event type', () => {
  it('gives every event type a writer, and no type to the admin', () => {
    for (const type of EVENT_TYPES) {
      expect(WRITERS[type].length, type).toBeGreaterThan(0);
      expect(mayWrite('office', type, 'admin').ok || mayWrite('district', type, 'admin').ok, type).toBe(false);
    }
    const roles = EventActor.shape.role.options.filter((r) => r !== 'admin');
    expect([...OFFICE_ROLES, ...DISTRICT_ROLES].sort()).toEqual([...roles].sort());
  });

  it('keeps the district’s facts to the district and the office’s to the office', () => {
    expect(typesWrittenBy('district').sort()).toEqual(
      [
        'attachmentAdded',
        'decided',
        'districtExecutorAssigned',
        'formReprinted',
        'receivedByDistrict',
        'returnedForRework',
        'specialCommissionDecided',
      ].sort(),
    );
    expect(mayWrite('office', 'decided', 'districtHead')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('district', 'packageRelayed', 'districtHead')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('district', 'registered', 'districtClerk')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('office', 'resultReceived', 'clerk')).toEqual({ ok: true });
  });

  it('takes every role the app signs with for the steps of the return path', () => {
    // An akimat PC: any of its staff relays, receives the result and hands it over.
    for (const role of ['clerk', 'executor', 'akim'] as const)
      for (const type of ['registered', 'packageRelayed', 'resultReceived', 'handedOver', 'inspectionRecorded'] as const)
        expect(mayWrite('office', type, role), `${role} ${type}`).toEqual({ ok: true });
    // A district PC: any of the department's staff registers, assigns, decides or returns.
    for (const role of DISTRICT_ROLES)
      for (const type of ['receivedByDistrict', 'districtExecutorAssigned', 'decided', 'returnedForRework'] as const)
        expect(mayWrite('district', type, role), `${role} ${type}`).toEqual({ ok: true });
  });

  it('refuses a role from the other side, and the commission outside its own facts', () => {
    expect(mayWrite('office', 'handedOver', 'districtClerk')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('district', 'decided', 'akim')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'registered', 'commission')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'conclusionAdopted', 'commission')).toEqual({ ok: true });
  });
});
