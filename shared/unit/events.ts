// The facts of a unit itself, written as events of the unit's stream
// (stream-id.ts) with the same envelope as case events: its staff (created, role
// changed, deactivated, password set) and its precinct commission (the akim's
// decision forming it, changes of composition, sessions with their agenda and
// attendance). Strict and bounded like every payload on the wire.
import { z } from 'zod';
import { MemberRole } from '../commission/commission';
import { PasswordHash } from '../staff/password';
import { SurveyPayload } from '../quality/survey';

export const UNIT_EVENT_TYPES = [
  'staffAdded',
  'staffRoleChanged',
  'staffDeactivated',
  'staffPasswordSet',
  'commissionFormed',
  'commissionMemberAdded',
  'commissionMemberEnded',
  'sessionOpened',
  'sessionChanged',
  'surveyAnswered',
] as const;
export type UnitEventType = (typeof UNIT_EVENT_TYPES)[number];

const TYPES: ReadonlySet<string> = new Set(UNIT_EVENT_TYPES);
export const isUnitEventType = (type: string): type is UnitEventType => TYPES.has(type);

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Id = z.string().trim().min(1).max(100);
const Name = z.string().trim().min(1).max(300);

/** The roles a staff member holds, named as event actors name them. */
export const StaffRole = z.enum(['clerk', 'executor', 'akim', 'districtClerk', 'districtExecutor', 'districtHead']);
export type StaffRole = z.infer<typeof StaffRole>;

export const CommissionMemberRecord = z.strictObject({
  id: Id,
  fullName: Name,
  position: Name,
  role: MemberRole,
  from: IsoDate,
  to: IsoDate.optional(),
});

/**
 * `imported`: written once when a PC of an earlier build turned its local
 * records into events; the server takes it only from such a PC (push-batch).
 */
const Imported = z.literal(true).optional();

export const UNIT_PAYLOADS = {
  staffAdded: z.strictObject({ userId: Id, name: Name, role: StaffRole, password: PasswordHash, imported: Imported }),
  staffRoleChanged: z.strictObject({ userId: Id, role: StaffRole }),
  staffDeactivated: z.strictObject({ userId: Id }),
  /** A person's own change (`reset` false) or a reset by the akim or head (`reset` true). */
  staffPasswordSet: z.strictObject({ userId: Id, password: PasswordHash, reset: z.boolean() }),
  commissionFormed: z.strictObject({
    commissionId: Id,
    decision: z.strictObject({ number: Name, date: IsoDate }),
    members: z.array(CommissionMemberRecord).max(50),
    imported: Imported,
  }),
  commissionMemberAdded: z.strictObject({ commissionId: Id, member: CommissionMemberRecord }),
  commissionMemberEnded: z.strictObject({ commissionId: Id, memberId: Id, to: IsoDate }),
  sessionOpened: z.strictObject({
    sessionId: Id,
    commissionId: Id,
    number: z.number().int().positive().max(100_000),
    date: IsoDate,
    place: z.string().trim().max(1000),
    presentIds: z.array(Id).max(50),
    caseIds: z.array(z.string().uuid()).max(500),
    imported: Imported,
  }),
  /** Attendance, agenda, date or place as they now stand (the PC keeps presence fixed once a conclusion is adopted). */
  sessionChanged: z.strictObject({
    sessionId: Id,
    date: IsoDate.optional(),
    place: z.string().trim().max(1000).optional(),
    presentIds: z.array(Id).max(50).optional(),
    caseIds: z.array(z.string().uuid()).max(500).optional(),
  }),
  /** A consumer's survey answers at hand-over (shared/quality/survey.ts): no case, no name. */
  surveyAnswered: SurveyPayload,
} satisfies Record<UnitEventType, z.ZodType>;
