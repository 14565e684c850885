// Who may write each event type: the kind of unit whose device writes it (a
// rural akimat office or the district department) and the actor roles that may
// sign it there. The sync server applies this table at push; the PC can use
// `mayWrite` before it appends. Pure: no I/O, no state.
import type { CaseEventType, EventActor } from './events';

export type UnitKind = 'office' | 'district';
export type ActorRole = EventActor['role'];

/** The roles of an akimat office's staff (clerk, executor, akim) and its precinct commission. */
export const OFFICE_ROLES = ['clerk', 'executor', 'akim', 'commission'] as const satisfies readonly ActorRole[];
/** The district department's staff: its clerk, executor and head. */
export const DISTRICT_ROLES = ['districtClerk', 'districtExecutor', 'districtHead'] as const satisfies readonly ActorRole[];
const OFFICE_STAFF = ['clerk', 'executor', 'akim'] as const satisfies readonly ActorRole[];

export interface WriterRule {
  unit: UnitKind;
  roles: readonly ActorRole[];
}

const office = (roles: readonly ActorRole[] = OFFICE_STAFF): WriterRule => ({ unit: 'office', roles });
const district = (roles: readonly ActorRole[] = DISTRICT_ROLES): WriterRule => ({ unit: 'district', roles });

const AKIM = ['akim'] as const satisfies readonly ActorRole[];
const HEAD = ['districtHead'] as const satisfies readonly ActorRole[];

/**
 * Every event type and who may sign it. At the counter any of the office's
 * staff registers and hands over; the akim forms the commission, changes its
 * composition, manages staff and signs the relay; the commission role writes
 * only the commission's own facts. At the district the clerk (or the head)
 * registers the package, the head assigns it, signs the decision and manages
 * staff, the executor drafts and the head signs. Password changes are checked
 * against the person in the unit's rules (shared/unit/fold.ts). `admin` writes
 * no event.
 */
export const WRITERS: Record<CaseEventType, readonly WriterRule[]> = {
  registered: [office()],
  refusalReceiptIssued: [office()],
  talonIssued: [office()],
  consentRecorded: [office()],
  executorAssigned: [office()],
  sentToCommission: [office()],
  inspectionRecorded: [office(OFFICE_ROLES)],
  conclusionAdopted: [office(OFFICE_ROLES)],
  packageRelayed: [office(AKIM)],
  receivedByDistrict: [district(['districtClerk', 'districtHead'])],
  districtExecutorAssigned: [district(HEAD)],
  specialCommissionDecided: [district(['districtExecutor', 'districtHead'])],
  decided: [district(HEAD)],
  returnedForRework: [district(['districtExecutor', 'districtHead'])],
  resultReceived: [office()],
  handedOver: [office()],
  attachmentAdded: [office(OFFICE_ROLES), district()],
  formReprinted: [office(OFFICE_ROLES), district()],
  staffAdded: [office(), district()],
  staffRoleChanged: [office(AKIM), district(HEAD)],
  staffDeactivated: [office(AKIM), district(HEAD)],
  staffPasswordSet: [office(), district()],
  commissionFormed: [office(AKIM)],
  commissionMemberAdded: [office(AKIM)],
  commissionMemberEnded: [office(AKIM)],
  sessionOpened: [office()],
  sessionChanged: [office()],
  surveyAnswered: [office()],
  // Complaints: any of the unit's staff registers, escalates and records the delivery; the akim or the head signs the answer.
  complaintRegistered: [office(), district()],
  complaintEscalated: [office(), district()],
  complaintAnswered: [office(AKIM), district(HEAD)],
  complaintDelivered: [office(), district()],
};

export type WriterProblem =
  /** This kind of unit never writes this event type (an office deciding, a district relaying). */
  | 'wrongUnit'
  /** The unit may write it, but not under this actor role (an office event signed as `districtHead`). */
  | 'wrongRole';

/** Whether a device of this unit kind may write an event of this type signed with this role. */
export function mayWrite(unit: UnitKind, type: CaseEventType, role: ActorRole): { ok: true } | { ok: false; problem: WriterProblem } {
  const rules = WRITERS[type].filter((r) => r.unit === unit);
  if (rules.length === 0) return { ok: false, problem: 'wrongUnit' };
  return rules.some((r) => r.roles.includes(role)) ? { ok: true } : { ok: false, problem: 'wrongRole' };
}

/** The event types a unit kind writes (for screens and docs). */
export function typesWrittenBy(unit: UnitKind): CaseEventType[] {
  return (Object.keys(WRITERS) as CaseEventType[]).filter((type) => WRITERS[type].some((r) => r.unit === unit));
}

/** The actor roles that may sign an event of this type on a PC of this kind of unit. */
export function signersOf(unit: UnitKind, type: CaseEventType): ActorRole[] {
  return [...new Set(WRITERS[type].filter((r) => r.unit === unit).flatMap((r) => r.roles))];
}
