// What a unit may see: a case is visible to its office, and to the district it
// was relayed and delivered to; a file to the unit that uploaded it and
// wherever a case that lists it is visible. Push, download, status and relay
// all ask these, so "not yours" and "does not exist" look the same everywhere.
import type { Queryable } from './driver';
import type { Device } from './types';

export interface CaseScopeRow {
  office_code: string;
  district_code: string | null;
  delivered_seq: number | null;
}

export function caseVisibleTo(device: Device, row: CaseScopeRow): boolean {
  return device.kind === 'office'
    ? row.office_code === device.officeCode
    : row.district_code === device.districtCode && row.delivered_seq !== null;
}

/** The unit a device belongs to, as attachment_units records it. */
export function unitOf(device: Device): { kind: 'office' | 'district'; code: string } {
  return device.kind === 'office' ? { kind: 'office', code: device.officeCode! } : { kind: 'district', code: device.districtCode };
}

/** Whether the device's unit uploaded this file or sees a case that lists it (present or not). */
export async function unitSeesFile(db: Queryable, device: Device, sha256: string): Promise<boolean> {
  const unit = unitOf(device);
  if (
    await db.get('SELECT 1 AS ok FROM attachment_units WHERE sha256 = ? AND unit_kind = ? AND unit_code = ?', [
      sha256,
      unit.kind,
      unit.code,
    ])
  )
    return true;
  const sql =
    device.kind === 'office'
      ? 'SELECT 1 AS ok FROM case_attachments ca JOIN cases c ON c.case_id = ca.case_id WHERE ca.sha256 = ? AND c.office_code = ?'
      : 'SELECT 1 AS ok FROM case_attachments ca JOIN cases c ON c.case_id = ca.case_id WHERE ca.sha256 = ? AND c.district_code = ? AND c.delivered_seq IS NOT NULL';
  return (await db.get(sql, [sha256, unit.code])) !== undefined;
}
