// The office's staff: who can sign in on this PC, and adding a colleague —
// only the akim (on a district PC, the department head) may add one.
import { useState } from 'react';
import { StaffNotAllowedError } from './staff-store';
import { addColleague } from './commands';
import { useMayManageStaff, useUsers } from './queries';
import type { Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { RolePicker } from './RolePicker';
import { useSession } from '@renderer/app/session';
import { useRoleName } from '@renderer/features/district/role-names';

export function StaffScreen() {
  const i18n = useLanguage();
  const { t } = i18n;
  const users = useUsers();
  const session = useSession();
  const roleName = useRoleName(session.settings);
  const mayAdd = useMayManageStaff(session.user);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ added: string } | { failure: unknown } | null>(null);
  const nameError = tried && !name.trim() ? t('common.required') : null;
  const passwordError = tried && password.length < 6 ? t('common.passwordShort') : null;

  async function submit() {
    setTried(true);
    if (!name.trim() || password.length < 6) return;
    try {
      const user = await addColleague(session, { name, role, password });
      setMessage({ added: user.name });
      setName('');
      setPassword('');
      setTried(false);
    } catch (error) {
      setMessage({ failure: error });
    }
  }

  return (
    <div className="screen">
      <h1>{t('common.staff')}</h1>
      <ul className="staff">
        {users.data?.map((u) => (
          <li key={u.id}>
            {u.name} — {roleName(u.role)}
          </li>
        ))}
      </ul>
      {!mayAdd ? (
        <div className="banner warn" role="note" data-testid="staff-akim-only">
          {t('staff.staffAkimOnly')}
        </div>
      ) : (
        <form
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          <h2>{t('staff.addUserTitle')}</h2>
          <Field label={t('common.userName')} value={name} onChange={setName} error={nameError} />
          <RolePicker value={role} onChange={setRole} nameOf={roleName} />
          <Field label={t('common.password')} type="password" value={password} onChange={setPassword} error={passwordError} />
          {message && (
            <div className="banner">
              {'added' in message
                ? t('staff.userAdded', { name: message.added })
                : message.failure instanceof StaffNotAllowedError
                  ? t('staff.staffAkimOnly')
                  : writeErrorText(message.failure, i18n)}
            </div>
          )}
          <button type="submit">{t('staff.addUser')}</button>
        </form>
      )}
    </div>
  );
}
