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
        // The department's own staff, on its stream.
        'staffAdded',
        'staffDeactivated',
        'staffPasswordSet',
        'staffRoleChanged',
        // Its own journal of complaints.
        'complaintRegistered',
        'complaintEscalated',
        'complaintAnswered',
        'complaintDelivered',
      ].sort(),
    );
    expect(mayWrite('office', 'decided', 'districtHead')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('district', 'packageRelayed', 'districtHead')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('district', 'registered', 'districtClerk')).toEqual({ ok: false, problem: 'wrongUnit' });
    expect(mayWrite('office', 'resultReceived', 'clerk')).toEqual({ ok: true });
  });

  it('lets each role sign what it signs on the return path, and no more', () => {
    // An akimat PC: any of its staff registers, receives the result and hands it over; only the akim signs the relay.
    for (const role of ['clerk', 'executor', 'akim'] as const)
      for (const type of ['registered', 'resultReceived', 'handedOver', 'inspectionRecorded'] as const)
        expect(mayWrite('office', type, role), `${role} ${type}`).toEqual({ ok: true });
    expect(mayWrite('office', 'packageRelayed', 'akim')).toEqual({ ok: true });
    expect(mayWrite('office', 'packageRelayed', 'clerk')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'commissionFormed', 'clerk')).toEqual({ ok: false, problem: 'wrongRole' });
    // A district PC: the clerk or the head registers; the head assigns and signs; the executor drafts and returns.
    const allowed = {
      receivedByDistrict: ['districtClerk', 'districtHead'],
      districtExecutorAssigned: ['districtHead'],
      decided: ['districtHead'],
      returnedForRework: ['districtExecutor', 'districtHead'],
    } as const;
    for (const [type, roles] of Object.entries(allowed) as [keyof typeof allowed, readonly string[]][])
      for (const role of DISTRICT_ROLES) expect(mayWrite('district', type, role).ok, `${role} ${type}`).toBe(roles.includes(role));
  });

  it('refuses a role from the other side, and the commission outside its own facts', () => {
    expect(mayWrite('office', 'handedOver', 'districtClerk')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('district', 'decided', 'akim')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'registered', 'commission')).toEqual({ ok: false, problem: 'wrongRole' });
    expect(mayWrite('office', 'conclusionAdopted', 'commission')).toEqual({ ok: true });
  });
});
