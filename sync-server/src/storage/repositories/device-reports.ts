// What the PCs report at sync, one row per device (device_reports): when it was
// last seen, its diagnostics (version, waiting events, storage use, recent errors)
// and clock, and the server's last refusal of its push. The console lists them.
import { z } from 'zod';
import { type PushDiagnostics, ReportedError } from '../../../../shared/sync/protocol';
import { IssuedStatements, type Queryable } from '../driver';

export interface DeviceOverview {
  id: string;
  kind: string;
  officeCode: string | null;
  districtCode: string;
  letter: string;
  name: string | null;
  enrolledAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  appVersion: string | null;
  pendingEvents: number | null;
  clockSkewMs: number | null;
  clientError: string | null;
  serverError: string | null;
  serverErrorAt: string | null;
  /** Bytes the PC's app data uses and the browser's quota for it, as last reported. */
  storageUsedBytes: number | null;
  storageQuotaBytes: number | null;
  /** Its last few renderer errors, newest first, as last reported. */
  recentErrors: ReportedError[];
}

/** What one push or report said: its diagnostics (absent from older clients) and the clock skew measured. */
export interface DeviceReport {
  diagnostics?: PushDiagnostics;
  clockSkewMs: number | null;
}

/**
 * Marks the device seen at `at`; with a report, keeps what it said (a figure it left out keeps
 * the last one, its errors are replaced); with `serverError`, the server's last refusal ('' clears it).
 */
export async function writeDeviceReport(
  db: Queryable,
  deviceId: string,
  at: string,
  report?: DeviceReport,
  serverError?: string,
): Promise<void> {
  // Issued together, run in this order (one round trip on PostgreSQL).
  const writes = new IssuedStatements();
  writes.add(
    db.run(
      'INSERT INTO device_reports (device_id, seen_at) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET seen_at = excluded.seen_at',
      [deviceId, at],
    ),
  );
  if (report) {
    const d = report.diagnostics ?? {};
    writes.add(
      db.run(
        `UPDATE device_reports SET reported_at = ?, app_version = COALESCE(?, app_version), pending_events = COALESCE(?, pending_events),
         client_error = ?, clock_skew_ms = COALESCE(?, clock_skew_ms), storage_used = COALESCE(?, storage_used),
         storage_quota = COALESCE(?, storage_quota), recent_errors = ? WHERE device_id = ?`,
        [
          at,
          d.appVersion ?? null,
          d.pendingEvents ?? null,
          d.lastError ?? null,
          report.clockSkewMs,
          d.storage?.usedBytes ?? null,
          d.storage?.quotaBytes ?? null,
          d.recentErrors ? JSON.stringify(d.recentErrors) : null,
          deviceId,
        ],
      ),
    );
  }
  if (serverError !== undefined)
    writes.add(
      db.run('UPDATE device_reports SET server_error = ?, server_error_at = ? WHERE device_id = ?', [
        serverError || null,
        serverError ? at : null,
        deviceId,
      ]),
    );
  await writes.settled();
}

/** Every device with its report; the caller adds `WHERE …` and the order. */
export const DEVICE_OVERVIEW_SQL = `SELECT d.id, d.kind, d.office_code, d.district_code, d.letter, d.name, d.enrolled_at, d.revoked_at,
       COALESCE(r.seen_at, d.last_seen_at) AS seen, r.app_version, r.pending_events, r.clock_skew_ms,
       r.client_error, r.server_error, r.server_error_at, r.storage_used, r.storage_quota, r.recent_errors
  FROM devices d LEFT JOIN device_reports r ON r.device_id = d.id`;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const StoredErrors = z.array(ReportedError);

/** The stored JSON of a device's recent errors; anything unreadable is none. */
function readErrors(value: unknown): ReportedError[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed = StoredErrors.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function deviceOverview(r: Record<string, unknown>): DeviceOverview {
  return {
    id: r.id as string,
    kind: r.kind as string,
    officeCode: (r.office_code as string | null) ?? null,
    districtCode: r.district_code as string,
    letter: r.letter as string,
    name: (r.name as string | null) ?? null,
    enrolledAt: r.enrolled_at as string,
    revokedAt: (r.revoked_at as string | null) ?? null,
    lastSeenAt: (r.seen as string | null) ?? null,
    appVersion: (r.app_version as string | null) ?? null,
    pendingEvents: num(r.pending_events),
    clockSkewMs: num(r.clock_skew_ms),
    clientError: (r.client_error as string | null) ?? null,
    serverError: (r.server_error as string | null) ?? null,
    serverErrorAt: (r.server_error_at as string | null) ?? null,
    storageUsedBytes: num(r.storage_used),
    storageQuotaBytes: num(r.storage_quota),
    recentErrors: readErrors(r.recent_errors),
  };
}
