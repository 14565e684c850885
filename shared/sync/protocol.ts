// The sync protocol between a device and the sync server: request and response
// shapes, validated with zod on both sides. docs/sync-protocol.md describes the
// same shapes in words; a test checks that its version equals PROTOCOL_VERSION.
import { z } from 'zod';
import { CaseEvent } from '../case/events';

/** Bumped whenever a shape below changes incompatibly. */
export const PROTOCOL_VERSION = 1;

/** Most events one push may carry (the server also caps the body at 2 MB). */
export const MAX_PUSH_EVENTS = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex');
export const Bilingual = z.object({ kk: z.string(), ru: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

export const SYNC_ERROR_CODES = [
  'badRequest',
  'malformedJson',
  'payloadTooLarge',
  'unauthorized',
  'deviceRevoked',
  'invalidEnrollmentCode',
  'unitMismatch',
  'protocolMismatch',
  'rateLimited',
  'outOfScope',
  'wrongDevice',
  'wrongUnit',
  'wrongRole',
  'notOwnDistrict',
  'unknownAttachment',
  'invalidEvent',
  'seqGap',
  'seqReused',
  'idConflict',
  'eventRejected',
  'caseEventLimit',
  'unknownDistrict',
  'hashMismatch',
  'quotaExceeded',
  'storageUnavailable',
  'notFound',
  'internal',
] as const;
export const SyncErrorCode = z.enum(SYNC_ERROR_CODES);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

/** Every error the server sends: a machine code and a message for people. */
export const ErrorBody = z.object({ code: SyncErrorCode, message: Bilingual }).loose();
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---- enrollment ----
/** An office (akimat PC) or a district department (district PC), by its code. */
export const UnitRef = z.object({ kind: z.enum(['office', 'district']), code: z.string().trim().min(1).max(40) });
export type UnitRef = z.infer<typeof UnitRef>;

export const EnrollRequest = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  code: z.string().trim().min(4).max(64),
  deviceName: z.string().trim().max(100).optional(),
  /**
   * The unit this PC was set up as (added within version 1; older PCs omit it). When given, a code
   * issued for another unit is refused with `409 unitMismatch` and stays usable.
   */
  unit: UnitRef.optional(),
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;

/** The `409 unitMismatch` body: `unit` is the unit the enrollment code was issued for. */
export const UnitMismatchBody = z.object({ code: z.literal('unitMismatch'), message: Bilingual, unit: UnitRef }).loose();
export type UnitMismatchBody = z.infer<typeof UnitMismatchBody>;

export const DeviceScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office'), officeCode: z.string(), districtCode: z.string() }),
  z.object({ kind: z.literal('district'), districtCode: z.string() }),
]);
export type DeviceScope = z.infer<typeof DeviceScope>;

export const EnrollResponse = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: z.string(),
  letter: z.string(),
  token: z.string(),
  scope: DeviceScope,
  serverTime: z.string(),
  /** The unit's names (added within version 1; older servers omit it); `ru` absent when the server has none. */
  unitName: z.object({ kk: z.string(), ru: z.string().optional() }).optional(),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

// ---- push ----
/** Largest byte count a PC reports for its storage (1 PiB): anything larger is not a real figure. */
export const MAX_STORAGE_BYTES = 2 ** 50;
/** Renderer errors a report carries at most, newest first, and how long each message may be. */
export const MAX_REPORTED_ERRORS = 5;
export const MAX_REPORTED_ERROR_CHARS = 300;

const StorageBytes = z.number().int().min(0).max(MAX_STORAGE_BYTES);

/** One renderer error as a PC reports it: when, where, the message (IIN-like numbers masked), never a stack. */
export const ReportedError = z.object({
  at: z.string().max(40),
  source: z.string().max(40),
  screen: z.string().max(100).optional(),
  message: z.string().max(MAX_REPORTED_ERROR_CHARS),
});
export type ReportedError = z.infer<typeof ReportedError>;

/**
 * The PC's own report at sync: app version, events still waiting in its outbox, its last logged
 * error, its storage use (navigator.storage.estimate) and its last few errors. No personal data.
 */
export const PushDiagnostics = z.object({
  appVersion: z.string().max(40).optional(),
  pendingEvents: z.number().int().min(0).optional(),
  lastError: z.string().max(500).nullable().optional(),
  /** Added within version 1; older servers ignore it. */
  storage: z.object({ usedBytes: StorageBytes, quotaBytes: StorageBytes }).optional(),
  /** Added within version 1; older servers ignore it. */
  recentErrors: z.array(ReportedError).max(MAX_REPORTED_ERRORS).optional(),
});
export type PushDiagnostics = z.infer<typeof PushDiagnostics>;

/** Events are checked one by one with validateEvent, so a bad one is named in the answer. */
export const PushRequest = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: z.string().min(1),
  /** The device clock when it sent this request; lets the server measure clock skew. */
  sentAt: z.string().datetime({ offset: true }).optional(),
  events: z.array(z.unknown()).min(1).max(MAX_PUSH_EVENTS),
  /**
   * Optional (older clients omit it): how the PC is doing, for the admin console. Read as
   * PushDiagnostics by the console; a report it cannot read is dropped and never refuses the push.
   */
  diagnostics: z.unknown().optional(),
});
export type PushRequest = {
  protocol: typeof PROTOCOL_VERSION;
  deviceId: string;
  sentAt?: string;
  events: CaseEvent[];
  diagnostics?: PushDiagnostics;
};

/** POST /report (added within version 1): the diagnostics alone, sent after every successful sync. */
export const ReportRequest = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  deviceId: z.string().min(1),
  sentAt: z.string().datetime({ offset: true }).optional(),
  diagnostics: PushDiagnostics,
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportResponse = z.object({ protocol: z.literal(PROTOCOL_VERSION), serverTime: z.string() });
export type ReportResponse = z.infer<typeof ReportResponse>;

export const AckedEvent = z.object({
  id: z.string(),
  serverSeq: z.number().int(),
  /** 'stored' now, or 'duplicate' when the server already had it (a resend). */
  status: z.enum(['stored', 'duplicate']),
});
export type AckedEvent = z.infer<typeof AckedEvent>;

export const PushResponse = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  accepted: z.array(AckedEvent),
  serverTime: z.string(),
  /** Device clock (sentAt) minus server clock in ms, null without sentAt; the client warns when it is large. */
  clockSkewMs: z.number().nullable(),
  /** The server's epoch (added within version 1): a new one means the server went back in time (a restore). */
  epoch: z.string().optional(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** Per-event verdict inside a refused batch. */
export const EventVerdict = z.object({
  id: z.string(),
  /** 'refused': this event is the problem; 'notApplied': fine, but the batch was refused. */
  state: z.enum(['refused', 'notApplied']),
  code: z.string().optional(),
  reason: Bilingual.optional(),
  field: z.string().optional(),
});
export type EventVerdict = z.infer<typeof EventVerdict>;

export const RefusedBatch = ErrorBody.extend({
  events: z.array(EventVerdict),
  expectedSeq: z.number().int().optional(),
  epoch: z.string().optional(),
});
export type RefusedBatch = z.infer<typeof RefusedBatch>;

// ---- pull ----
export const PullQuery = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof PullQuery>;

export const PulledEvent = z.object({
  serverSeq: z.number().int(),
  receivedAt: z.string(),
  event: CaseEvent,
});
export type PulledEvent = { serverSeq: number; receivedAt: string; event: CaseEvent };

/** What the administrator can publish: a catalog act file, a calendar table, an income threshold table. */
export const PublicationKind = z.enum(['catalog', 'calendar', 'thresholds']);
export type PublicationKind = z.infer<typeof PublicationKind>;

export const Publication = z.object({
  serverSeq: z.number().int(),
  kind: PublicationKind,
  version: z.string(),
  publishedAt: z.string(),
  data: z.unknown(),
});
export type Publication = z.infer<typeof Publication>;

export const PullResponse = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  events: z.array(PulledEvent),
  publications: z.array(Publication),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  serverTime: z.string(),
  epoch: z.string().optional(),
});
export type PullResponse = Omit<z.infer<typeof PullResponse>, 'events'> & { events: PulledEvent[] };

// ---- names of the offices and districts in the device's scope ----
const NamedUnit = z.object({ code: z.string(), name: Bilingual });
export const DirectoryResponse = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  districts: z.array(NamedUnit),
  offices: z.array(NamedUnit.extend({ districtCode: z.string() })),
});
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;

// ---- attachments ----
export const AttachmentStatus = z.object({ sha256: Sha256Hex, present: z.boolean(), size: z.number().int().optional() });
export type AttachmentStatus = z.infer<typeof AttachmentStatus>;

export const RelayStatus = z.object({
  caseId: z.string(),
  state: z.enum(['none', 'waiting', 'delivered']),
  districtCode: z.string().nullable(),
  missing: z.array(Sha256Hex),
});
export type RelayStatus = z.infer<typeof RelayStatus>;

export const HealthResponse = z.object({ ok: z.literal(true), version: z.string(), protocol: z.number(), storage: z.string() });
export type HealthResponse = z.infer<typeof HealthResponse>;
