// The names of the three local roles: the akimat's, and a district department's
// for the same roles (the app frame, sign-in, staff and setup all name them).
import type { Role } from '@renderer/db/schema';
import type { TextKey } from '@renderer/i18n/dictionary';
import type { DistrictTextKey } from '@renderer/features/district/texts';

export const ROLE_TEXT: Record<Role, TextKey> = { clerk: 'roleClerk', executor: 'roleExecutor', akim: 'roleAkim' };

export const DISTRICT_ROLE_TEXT: Record<Role, DistrictTextKey> = {
  clerk: 'roleDistrictClerk',
  executor: 'roleDistrictExecutor',
  akim: 'roleDistrictHead',
};
