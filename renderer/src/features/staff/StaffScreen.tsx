// The office's staff: everyone who can sign in on this PC (the deactivated kept,
// greyed), and the change of one's own password. The akim (on a district PC, the
// department head) adds colleagues and changes their role, deactivates them and
// resets their password; while the unit has no akim yet anyone may add one.
import { useSession } from '@renderer/app/session';
import { useRoleName } from '@renderer/features/district/role-names';
import { useLanguage } from '@renderer/i18n/language';
import { PasswordChangeSection } from './PasswordChangeSection';
import { useMayManageStaff, useUsers } from './queries';
import { StaffAddForm } from './StaffAddForm';
import { StaffRow } from './StaffRow';
import './staff.css';

export function StaffScreen() {
  const { t } = useLanguage();
  const users = useUsers();
  const session = useSession();
  const roleName = useRoleName(session.settings);
  const mayAdd = useMayManageStaff(session.user);
  // Role changes, deactivations and resets are the akim's or head's alone (shared/unit/rules.ts), even while adding is open to all.
  const mayChange = session.user.role === 'akim';

  return (
    <div className="screen">
      <h1>{t('common.staff')}</h1>
      <ul className="staff staff-list">
        {users.data?.map((u) => (
          <StaffRow key={u.id} user={u} mayChange={mayChange} roleName={roleName} />
        ))}
      </ul>
      {!mayAdd ? (
        <div className="banner warn" role="note" data-testid="staff-akim-only">
          {t('staff.staffAkimOnly')}
        </div>
      ) : (
        <StaffAddForm roleName={roleName} />
      )}
      <PasswordChangeSection />
    </div>
  );
}
