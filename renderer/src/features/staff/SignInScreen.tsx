// Sign-in on the shared office PC: pick yourself, type your password.
import { useState } from 'react';
import { signInCheck } from './commands';
import { useUsers } from './queries';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { useRoleName } from '@renderer/features/district/role-names';

export function SignInScreen({ settings, onSignedIn }: { settings: OfficeSettings; onSignedIn(user: UserRow): void }) {
  const { t, lang } = useLanguage();
  const users = useUsers();
  const roleName = useRoleName(settings);
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const chosen = userId || users.data?.[0]?.id || '';

  async function submit() {
    setBusy(true);
    const user = await signInCheck(chosen, password);
    setBusy(false);
    if (user) onSignedIn(user);
    else setWrong(true);
  }

  return (
    <form
      className="screen narrow"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h1>{t('staff.signInTitle')}</h1>
      <p className="office-name">{lang === 'kk' ? settings.nameKk : settings.nameRu}</p>
      <div className="field">
        <label>
          {t('staff.signInUser')}
          <select value={chosen} onChange={(e) => setUserId(e.target.value)}>
            {users.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} — {roleName(u.role)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Field
        label={t('common.password')}
        type="password"
        value={password}
        onChange={(x) => {
          setPassword(x);
          setWrong(false);
        }}
        error={wrong ? t('staff.signInWrong') : null}
        autoFocus
      />
      <button type="submit" className="primary" disabled={busy || !chosen}>
        {t('staff.signIn')}
      </button>
    </form>
  );
}
