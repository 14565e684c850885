// First-run setup of this PC: the office (or district department) and its first user,
// or joining one that already works on another PC (join.ts).
import type { OfficeSettings, Role } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { syncLoop } from '@renderer/features/sync/useSync';
import { enrollToJoin, pullStaff, type JoinEnrollment, type JoinInput, type JoinState } from './join';
import { setUpOffice } from './office-settings';

export function setUpThisPc(
  settings: Omit<OfficeSettings, 'key' | 'deviceId'>,
  firstUser: { name: string; role: Role; password: string },
): Promise<OfficeSettings> {
  return setUpOffice(db, settings, firstUser);
}

/** Enrolls this PC with an office that already works; on success the frame shows JoinProgress. */
export function joinThisPc(input: JoinInput): Promise<JoinEnrollment> {
  return enrollToJoin(db, input);
}

/** A sync run of the app's one loop (never two at once), then whether the staff are here. */
export function pullThisPcStaff(): Promise<JoinState> {
  return pullStaff(db, () => syncLoop.kick());
}
