// What the server keeps, as the routes and the admin CLI see it.
import type { CaseEvent } from '../../../shared/case/events';
import type {
  AckedEvent,
  DeviceScope,
  DirectoryResponse,
  EventVerdict,
  Publication,
  PublicationKind,
  PulledEvent,
  RelayStatus,
  SyncErrorCode,
} from '../../../shared/sync/protocol';

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

export type AuthResult = { kind: 'ok'; device: Device } | { kind: 'revoked'; device: Device } | { kind: 'unknown' };

export interface EnrollmentTarget {
  officeCode?: string;
  districtCode?: string;
}

export interface SyncStore {
  readonly kind: 'sqlite' | 'postgres';
  readonly description: string;
  migrate(): Promise<void>;
  close(): Promise<void>;

  // reference data (admin)
  createDistrict(code: string, name: string, nameRu?: string): Promise<void>;
  createOffice(code: string, name: string, districtCode: string, nameRu?: string): Promise<void>;
  listOffices(): Promise<{ code: string; name: string; districtCode: string }[]>;
  listDistricts(): Promise<{ code: string; name: string }[]>;
  issueEnrollmentCode(target: EnrollmentTarget, ttlHours?: number): Promise<string>;
  listDevices(): Promise<Device[]>;
  revokeDevice(id: string): Promise<boolean>;
  publish(kind: PublicationKind, version: string, data: unknown): Promise<number>;

  // device-facing
  enroll(code: string, deviceName: string | undefined): Promise<{ device: Device; token: string } | null>;
  authenticate(token: string): Promise<AuthResult>;
  push(device: Device, events: CaseEvent[], receivedAt: string): Promise<PushResult>;
  pull(device: Device, cursor: number, limit: number): Promise<PullPage>;
  directory(device: Device): Promise<Directory>;
  recordAttachment(sha256: string, size: number, deviceId: string, receivedAt: string): Promise<void>;
  hasAttachment(sha256: string): Promise<{ size: number } | null>;
  canReadAttachment(device: Device, sha256: string): Promise<boolean>;
  relayStatus(device: Device, caseId: string): Promise<RelayStatus | 'outOfScope' | null>;

  // operations
  counts(): Promise<Counts>;
  exportAll(): Promise<Record<string, unknown[]>>;
}
