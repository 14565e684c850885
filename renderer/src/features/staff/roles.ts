// The names of the three local roles: the akimat's, and a district department's
// for the same roles (the app frame, sign-in, staff and setup all name them).
import type { Role } from '@renderer/db/schema';
import type { TextKey } from '@renderer/texts';

export const ROLE_TEXT: Record<Role, TextKey> = { clerk: 'setup.roleClerk', executor: 'setup.roleExecutor', akim: 'setup.roleAkim' };

export const DISTRICT_ROLE_TEXT: Record<Role, TextKey> = {
  clerk: 'setup.roleDistrictClerk',
  executor: 'setup.roleDistrictExecutor',
  akim: 'setup.roleDistrictHead',
};
