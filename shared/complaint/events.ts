// A complaint about a public service, kept as its own stream (a random uuid as
// the stream id, like a case): registered in the unit's journal with the
// complainant and the subject, possibly escalated to the authorised body for
// assessing and controlling the quality of public services, answered with a
// reasoned answer signed by the akim or the department's head, and delivered
// (in person, by post or e-mail). Strict and bounded like every payload on the
// wire; the envelope (actor, unit, device, seq) is the case events' own.
import { z } from 'zod';

export const COMPLAINT_EVENT_TYPES = ['complaintRegistered', 'complaintEscalated', 'complaintAnswered', 'complaintDelivered'] as const;
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];

const TYPES: ReadonlySet<string> = new Set(COMPLAINT_EVENT_TYPES);
export const isComplaintEventType = (type: string): type is ComplaintEventType => TYPES.has(type);

/** Bounds of the free texts, shared by the forms that type them. */
export const COMPLAINT_LIMITS = {
  name: 300,
  address: 500,
  phone: 40,
  subject: 4000,
  answer: 6000,
  number: 40,
  body: 300,
  note: 1000,
} as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const Moment = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'must be YYYY-MM-DDTHH:mm');
const text = (max: number) => z.string().trim().min(1).max(max);

export const ComplaintUnit = z.strictObject({ kind: z.enum(['office', 'district']), code: text(40) });
export type ComplaintUnit = z.infer<typeof ComplaintUnit>;

/** What the complaint is about: one case (its id and number), a member of staff, or the service in general. */
export const ComplaintAbout = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case'), caseId: z.string().uuid(), caseNumber: text(COMPLAINT_LIMITS.number) }),
  z.strictObject({ kind: z.literal('staff'), staffName: text(COMPLAINT_LIMITS.name) }),
  z.strictObject({ kind: z.literal('service') }),
]);
export type ComplaintAbout = z.infer<typeof ComplaintAbout>;

export const Complainant = z.strictObject({
  name: text(COMPLAINT_LIMITS.name),
  iin: z
    .string()
    .regex(/^\d{12}$/, 'must be 12 digits')
    .optional(),
  address: text(COMPLAINT_LIMITS.address).optional(),
  phone: text(COMPLAINT_LIMITS.phone).optional(),
});
export type Complainant = z.infer<typeof Complainant>;

export const COMPLAINT_PAYLOADS = {
  complaintRegistered: z.strictObject({
    /** The unit whose journal holds it: always the writing device's own unit (checked at push). */
    unit: ComplaintUnit,
    /** The journal number from the unit's series (complaintNumber). */
    number: text(COMPLAINT_LIMITS.number),
    /** The date and time of acceptance, printed on the tear-off talon. */
    registeredAt: Moment,
    form: z.enum(['written', 'oral']),
    about: ComplaintAbout,
    complainant: Complainant,
    subject: text(COMPLAINT_LIMITS.subject),
  }),
  /** Handed to the authorised body for quality control: the term becomes 15 working days from registration. */
  complaintEscalated: z.strictObject({
    body: text(COMPLAINT_LIMITS.body),
    note: text(COMPLAINT_LIMITS.note).optional(),
  }),
  /** The reasoned answer (dated by the event's own moment, so lateness cannot be typed away), signed by the akim (an office) or the department's head (a district). */
  complaintAnswered: z.strictObject({
    text: text(COMPLAINT_LIMITS.answer),
    justified: z.boolean(),
    outgoingNumber: text(COMPLAINT_LIMITS.number),
    signedBy: text(COMPLAINT_LIMITS.name),
  }),
  /** How the answer reached the complainant. */
  complaintDelivered: z.strictObject({
    how: z.enum(['inPerson', 'post', 'email']),
    date: IsoDate,
    note: text(COMPLAINT_LIMITS.note).optional(),
  }),
} satisfies Record<ComplaintEventType, z.ZodType>;
