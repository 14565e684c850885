// Choosing a role for a new member of staff (first-run setup, the staff screen).
import type { Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { ROLE_TEXT } from './roles';

/** `nameOf` names the roles as this PC's staff know them (a district PC's department roles). */
export function RolePicker({ value, onChange, nameOf }: { value: Role; onChange(role: Role): void; nameOf?(role: Role): string }) {
  const { t } = useLanguage();
  return (
    <div className="field">
      <label>
        {t('setup.role')}
        <select value={value} onChange={(e) => onChange(e.target.value as Role)}>
          {(Object.keys(ROLE_TEXT) as Role[]).map((role) => (
            <option key={role} value={role}>
              {nameOf ? nameOf(role) : t(ROLE_TEXT[role])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
