// The push side of a unit's own stream (shared/unit): its facts go only to the
// stream of the device's own unit and follow the unit's rules; every other event
// is signed by someone the roster holds in that role. A device enrolled before
// rosters existed (roster_state 0) may still send what its earlier build wrote
// and then its imported records; from its first event after the imports it is
// checked like every other (migration 009).
import type { CaseEvent, RejectionCode } from '../../../shared/case';
import { actorOnStaff, appendToUnitRules, isImport, isUnitEventType, type UnitRules, unitStreamId } from '../../../shared/unit';
import type { Queryable } from './driver';
import { type Device, unitCodeOf } from './types';

const CHECKED = 1;
const IMPORTING = 2;

export class RosterCheck {
  private constructor(
    readonly streamId: string,
    private rosterState: number,
    private readonly startState: number,
  ) {}

  /** The stream of the device's own unit (its staff, its rules). */
  static streamIdOf(device: Device): string {
    return unitStreamId(device.kind, unitCodeOf(device));
  }

  /** The check for this device, bound as far as its stored roster_state says (null: checked). */
  static of(device: Device, rosterState: number | null): RosterCheck {
    const state = Number(rosterState ?? CHECKED);
    return new RosterCheck(RosterCheck.streamIdOf(device), state, state);
  }

  /**
   * The verdict on one event given the unit's rules so far (undefined: the unit
   * has no roster yet). For a unit fact, also the rules after it.
   */
  check(event: CaseEvent, rules: UnitRules | undefined): { ok: true; rules?: UnitRules } | { ok: false; code: RejectionCode } {
    const imported = isImport(event);
    if (imported && this.rosterState === CHECKED) return { ok: false, code: 'importNotAllowed' };
    const checked = this.rosterState === CHECKED || (this.rosterState === IMPORTING && !imported);
    if (isUnitEventType(event.type)) {
      if (event.caseId !== this.streamId) return { ok: false, code: 'wrongCase' };
      const verdict = appendToUnitRules(rules, event);
      if (!verdict.ok) return { ok: false, code: verdict.code };
      this.advance(imported, true);
      return { ok: true, rules: verdict.rules };
    }
    if (event.caseId === this.streamId) return { ok: false, code: 'wrongCase' };
    // A unit whose PCs all run an earlier build has no roster to check against yet.
    if (checked && rules && !actorOnStaff(rules, event.actor)) return { ok: false, code: 'notOnStaff' };
    this.advance(imported, false);
    return { ok: true };
  }

  /** Imports start the import phase; the first event after them, or a unit fact of a new build, ends it. */
  private advance(imported: boolean, unitFact: boolean): void {
    if (imported) this.rosterState = IMPORTING;
    else if (this.rosterState === IMPORTING || unitFact) this.rosterState = CHECKED;
  }

  /** Records how far the device is now bound (after the batch is stored). */
  async save(db: Queryable, device: Device): Promise<void> {
    if (this.rosterState !== this.startState) {
      await db.run('UPDATE devices SET roster_state = ? WHERE id = ?', [this.rosterState, device.id]);
    }
  }
}
