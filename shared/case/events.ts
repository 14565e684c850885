// The events of a case. A case is an append-only list of these; its current
// state is derived (fold.ts). The same schemas validate events on the server.
import { z } from 'zod';
import { Actor as CatalogActor, Channel, Duration, Milestone } from '../catalog/schema';
import { NoThresholdChoice } from '../commission/threshold-rule';
import { ConclusionAdoptedPayload, InspectionRecordedPayload } from './commission-payloads';
import { UNIT_EVENT_TYPES, UNIT_PAYLOADS } from '../unit/events';
import { COMPLAINT_EVENT_TYPES, COMPLAINT_PAYLOADS } from '../complaint/events';

export const EVENT_TYPES = [
  'registered',
  'refusalReceiptIssued',
  'talonIssued',
  'consentRecorded',
  'executorAssigned',
  'sentToCommission',
  'inspectionRecorded',
  'conclusionAdopted',
  'packageRelayed',
  'receivedByDistrict',
  'districtExecutorAssigned',
  'specialCommissionDecided',
  'decided',
  'returnedForRework',
  'resultReceived',
  'handedOver',
  'attachmentAdded',
  'formReprinted',
  // The unit's own facts (shared/unit/events.ts), written to the unit's stream with the same envelope.
  ...UNIT_EVENT_TYPES,
  // Complaints (shared/complaint/events.ts), each on its own stream.
  ...COMPLAINT_EVENT_TYPES,
] as const;
export const CaseEventType = z.enum(EVENT_TYPES);
export type CaseEventType = z.infer<typeof CaseEventType>;

export const LocalMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'must be YYYY-MM-DDTHH:mm');
export const IsoDateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const Text = z.string().trim().min(1);

export const IdentityDocument = z.object({ number: Text, issuer: Text, date: IsoDateString });

export const Person = z.object({
  iin: z.string().regex(/^\d{12}$/),
  surname: Text,
  name: Text,
  patronymic: z.string().trim().optional(),
  birthDate: IsoDateString,
  sex: z.enum(['male', 'female']),
});
export type Person = z.infer<typeof Person>;

export const Applicant = Person.extend({
  idDocument: IdentityDocument,
  address: Text,
  phone: Text,
});
export type Applicant = z.infer<typeof Applicant>;

export const Representative = z.object({
  fullName: Text,
  iin: z.string().regex(/^\d{12}$/),
  powerOfAttorney: z.object({ number: Text, date: IsoDateString, notary: Text }),
});

export const FamilyMember = Person.extend({ relation: Text });
export type FamilyMember = z.infer<typeof FamilyMember>;

/** The answer of a TSA certificate: receives or not, for which quarter, and the family members it lists. */
export const CertificateAnswer = z.object({
  receives: z.boolean(),
  year: z.number().int().min(2000).max(2100),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  family: z.array(
    z.object({
      fullName: Text,
      relation: z.string().trim().optional(),
      iin: z
        .string()
        .regex(/^\d{12}$/)
        .optional(),
    }),
  ),
  signer: Text.optional(),
});
export type CertificateAnswer = z.infer<typeof CertificateAnswer>;

export const PresentedDocument = z.object({ id: z.string(), original: z.boolean(), copy: z.boolean() });

/** The step due moments fixed at registration; they never change afterwards. */
export const ScheduledStep = z.object({
  stepId: z.string(),
  actor: CatalogActor,
  milestone: Milestone.optional(),
  duration: Duration.nullable(),
  due: LocalMoment,
  countsTowardTerm: z.boolean(),
});
export type ScheduledStep = z.infer<typeof ScheduledStep>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const PAYLOADS = {
  registered: z.object({
    number: Text,
    entryId: Text,
    channel: Channel,
    branch: z.string().optional(),
    applicant: Applicant,
    representative: Representative.optional(),
    family: z.array(FamilyMember).default([]),
    documents: z.array(PresentedDocument),
    schedule: z.array(ScheduledStep).min(1),
    resultDueAt: LocalMoment,
    resultDate: IsoDateString,
    calendarVersion: z.string(),
    /** The catalog version the entry came from (absent: the bundled catalog); the case keeps it. */
    catalogVersion: z.string().optional(),
  }),
  refusalReceiptIssued: z.object({
    number: Text,
    entryId: Text,
    catalogVersion: z.string().optional(),
    applicant: Applicant.partial().extend({ surname: Text, name: Text }),
    missingDocuments: z.array(z.object({ id: z.string(), kk: Text, ru: Text })).min(1),
  }),
  talonIssued: z.object({ resultDate: IsoDateString, duplicate: z.boolean().default(false) }),
  consentRecorded: z.object({ signedBy: Text }),
  executorAssigned: z.object({ executorId: Text, executorName: Text }),
  sentToCommission: z.object({ commissionId: z.string().optional() }),
  inspectionRecorded: InspectionRecordedPayload,
  conclusionAdopted: ConclusionAdoptedPayload,
  packageRelayed: z.object({
    districtCode: Text,
    attachments: z.array(Sha256),
    /** Where the akim forwarded the package: the district department (default) or the Centre (ХҚКО), where the act allows both. */
    to: z.enum(['district', 'centre']).optional(),
  }),
  receivedByDistrict: z.object({ incomingNumber: Text, incomingDate: IsoDateString }),
  districtExecutorAssigned: z.object({ executorId: Text, executorName: Text }),
  specialCommissionDecided: z.object({
    needs: z.boolean(),
    amount: z.number().nonnegative().optional(),
    reasons: z.string().optional(),
    noThresholdInForce: NoThresholdChoice.optional(),
  }),
  decided: z.object({
    outcome: z.enum(['notification', 'refusal']),
    amount: z.number().nonnegative().optional(),
    periodFrom: IsoDateString.optional(),
    periodTo: IsoDateString.optional(),
    reasons: z.string().optional(),
    outgoingNumber: Text,
    signedBy: Text,
  }),
  returnedForRework: z.object({ remarks: Text }),
  resultReceived: z.object({ outcome: z.enum(['notification', 'refusal']) }),
  handedOver: z.object({
    receivedBy: Text,
    result: z.enum(['notification', 'refusal', 'certificate']).default('notification'),
    /** What the TSA certificate issued on the spot said, so it can be shown and reprinted (added later: optional). */
    certificate: CertificateAnswer.optional(),
  }),
  attachmentAdded: z.object({
    sha256: Sha256,
    name: Text,
    mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    size: z.number().int().positive(),
  }),
  formReprinted: z.object({ form: Text }),
  ...UNIT_PAYLOADS,
  ...COMPLAINT_PAYLOADS,
} satisfies Record<CaseEventType, z.ZodType>;

export type Payload<T extends CaseEventType> = z.infer<(typeof PAYLOADS)[T]>;

export const EventActor = z.object({
  id: Text,
  name: Text,
  role: z.enum(['clerk', 'executor', 'akim', 'districtClerk', 'districtHead', 'districtExecutor', 'commission', 'admin']),
});
export type EventActor = z.infer<typeof EventActor>;

const EnvelopeFields = {
  id: z.string().uuid(),
  caseId: z.string().uuid(),
  actor: EventActor,
  /** Office code of the office whose device wrote the event. */
  office: Text,
  device: Text,
  /** Per-device sequence, 1, 2, 3 … with no gaps. */
  seq: z.number().int().positive(),
  /** The device clock when the event was written (ISO 8601). May be wrong; the server keeps its own receipt time. */
  deviceTime: z.string().datetime({ offset: true }),
  /** The office's local wall-clock moment of the act, as the user saw it. */
  at: LocalMoment,
};

export const CaseEvent = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map((type) => z.object({ ...EnvelopeFields, type: z.literal(type), payload: PAYLOADS[type] })) as unknown as [
    z.ZodObject,
    z.ZodObject,
    ...z.ZodObject[],
  ],
);

export type CaseEventOf<T extends CaseEventType> = {
  id: string;
  caseId: string;
  type: T;
  payload: Payload<T>;
  actor: EventActor;
  office: string;
  device: string;
  seq: number;
  deviceTime: string;
  at: string;
};
export type CaseEvent = { [T in CaseEventType]: CaseEventOf<T> }[CaseEventType];

/** Validates an event from the wire or from storage; gives the first problem in words. */
export function validateEvent(raw: unknown): { ok: true; event: CaseEvent } | { ok: false; field: string; message: string } {
  const parsed = CaseEvent.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data as CaseEvent };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue.path.join('.') || '(event)', message: issue.message };
}
