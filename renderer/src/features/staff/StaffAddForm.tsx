// Adding a colleague, for the akim or head (or anyone while the unit has no akim yet).
import { useState } from 'react';
import { useSession } from '@renderer/app/session';
import type { Role } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { addColleague } from './commands';
import { RolePicker } from './RolePicker';
import { StaffNotAllowedError } from './staff-store';
import { MIN_PASSWORD_LENGTH } from './StaffNewPassword';

export function StaffAddForm({ roleName }: { roleName(role: Role): string }) {
  const i18n = useLanguage();
  const { t } = i18n;
  const session = useSession();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ added: string } | { failure: unknown } | null>(null);
  const nameError = tried && !name.trim() ? t('common.required') : null;
  const passwordError = tried && password.length < MIN_PASSWORD_LENGTH ? t('common.passwordShort') : null;

  async function submit() {
    setTried(true);
    if (!name.trim() || password.length < MIN_PASSWORD_LENGTH) return;
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
    <form
      className="narrow"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      data-testid="staff-add"
    >
      <h2>{t('staff.addUserTitle')}</h2>
      <Field label={t('common.userName')} value={name} onChange={setName} error={nameError} />
      <RolePicker value={role} onChange={setRole} nameOf={roleName} />
      <Field label={t('common.password')} type="password" value={password} onChange={setPassword} error={passwordError} />
      {message && (
        <div className="banner" role="status">
          {'added' in message
            ? t('staff.userAdded', { name: message.added })
            : message.failure instanceof StaffNotAllowedError
              ? t('staff.staffAkimOnly')
              : writeErrorText(message.failure, i18n)}
        </div>
      )}
      <button type="submit">{t('staff.addUser')}</button>
    </form>
  );
}
