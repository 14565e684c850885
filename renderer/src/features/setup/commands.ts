// First-run setup of this PC: the office (or district department) and its first user.
import type { OfficeSettings, Role } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { setUpOffice } from './office-settings';

export function setUpThisPc(
  settings: Omit<OfficeSettings, 'key' | 'deviceId'>,
  firstUser: { name: string; role: Role; password: string },
): Promise<OfficeSettings> {
  return setUpOffice(db, settings, firstUser);
}
