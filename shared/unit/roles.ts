// A PC keeps three local roles; on a district PC they stand for the department's
// clerk, executor and head. Events (and the unit's roster) name the role itself.
import type { StaffRole } from './events';
import type { UnitKind } from './stream-id';

export type LocalRole = 'clerk' | 'executor' | 'akim';

const DISTRICT: Record<LocalRole, StaffRole> = { clerk: 'districtClerk', executor: 'districtExecutor', akim: 'districtHead' };
const LOCAL: Record<StaffRole, LocalRole> = {
  clerk: 'clerk',
  executor: 'executor',
  akim: 'akim',
  districtClerk: 'clerk',
  districtExecutor: 'executor',
  districtHead: 'akim',
};

/** The role an event names for a local role on a PC of this kind of unit. */
export const staffRoleFor = (unit: UnitKind, role: LocalRole): StaffRole => (unit === 'district' ? DISTRICT[role] : role);

/** The local role a roster role is kept as on a PC. */
export const localRoleOf = (role: StaffRole): LocalRole => LOCAL[role];
