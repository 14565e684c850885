// Role names as this PC's staff know them: on a district PC the three local
// roles are the department's clerk, executor and head, not the akimat's.
import type { OfficeSettings, Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { DISTRICT_ROLE_TEXT, ROLE_TEXT } from '@renderer/features/staff/roles';
import { deviceKindOf } from './device';

export function useRoleName(settings: Pick<OfficeSettings, 'kind'> | undefined): (role: Role) => string {
  const { t } = useLanguage();
  const district = deviceKindOf(settings ?? {}) === 'district';
  return (role) => (district ? t(DISTRICT_ROLE_TEXT[role]) : t(ROLE_TEXT[role]));
}
