// What the server keeps, as the routes and the admin CLI see it.
import type {
  AckedEvent,
  DeviceScope,
  DirectoryResponse,
  EventVerdict,
  Publication,
  PulledEvent,
  SyncErrorCode,
} from '../../../shared/sync/protocol';
import type { AdminRepository } from './repositories/admin';
import type { AttachmentRepository } from './repositories/attachments';
import type { ConsoleRepository } from './repositories/console';
import type { DeviceRepository } from './repositories/devices';
import type { EpochRepository } from './repositories/epoch';
import type { UploadRepository } from './repositories/uploads';
import type { EventRepository } from './repositories/events';
import type { StatusRepository } from './repositories/status';

export interface Device {
  id: string;
  kind: 'office' | 'district';
  officeCode: string | null;
  districtCode: string;
  letter: string;
  name: string | null;
  enrolledAt: string;
  revokedAt: string | null;
}

export function scopeOf(device: Device): DeviceScope {
  return device.kind === 'office'
    ? { kind: 'office', officeCode: device.officeCode!, districtCode: device.districtCode }
    : { kind: 'district', districtCode: device.districtCode };
}

/** The office or district code a device writes events as. */
export function unitCodeOf(device: Device): string {
  return device.kind === 'office' ? device.officeCode! : device.districtCode;
}

export type PushResult =
  | { ok: true; accepted: AckedEvent[] }
  | {
      ok: false;
      status: number;
      code: SyncErrorCode;
      params?: Record<string, string | number>;
      events: EventVerdict[];
      expectedSeq?: number;
    };

export interface PullPage {
  events: PulledEvent[];
  publications: Publication[];
  cursor: number;
  more: boolean;
}

export interface Counts {
  events: number;
  cases: number;
  attachments: number;
  devices: number;
}

/** Names of the offices and districts in a device's scope (GET /directory). */
export type Directory = Omit<DirectoryResponse, 'protocol'>;

/** `epoch`: the server's epoch, read with the token (one statement for both). */
export type AuthResult = { kind: 'ok'; device: Device; epoch: string } | { kind: 'revoked'; device: Device } | { kind: 'unknown' };

export interface EnrollmentTarget {
  officeCode?: string;
  districtCode?: string;
}

/** The server's storage, one repository per concern (see sql-store.ts). */
export interface SyncStore {
  readonly kind: 'sqlite' | 'postgres';
  readonly description: string;
  /** Districts, offices, enrollment codes, publications, the directory. */
  readonly admin: AdminRepository;
  /** Enrollment, tokens, the device list and revocation. */
  readonly devices: DeviceRepository;
  /** Push and pull of case events. */
  readonly events: EventRepository;
  /** Uploaded files, who may read them, relay delivery. */
  readonly attachments: AttachmentRepository;
  /** The admin console: administrators, sessions, PC reports, the update feed. */
  readonly console: ConsoleRepository;
  /** The server's epoch: new after a restore or a detected loss. */
  readonly epoch: EpochRepository;
  /** Uploads in progress by device: quota and expiry. */
  readonly uploads: UploadRepository;
  /** A case by its short code, for the public status page. */
  readonly status: StatusRepository;
  migrate(): Promise<void>;
  close(): Promise<void>;
  counts(): Promise<Counts>;
  exportAll(): Promise<Record<string, unknown[]>>;
}
