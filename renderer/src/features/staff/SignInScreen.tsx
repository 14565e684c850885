// Sign-in on the shared office PC: pick yourself, type your password. After several
// wrong passwords the button waits, with the seconds left (lockout-store.ts).
import { useEffect, useState } from 'react';
import { signInCheck, signInWait } from './commands';
import { SignInWaitMessage, useSignInWait } from './sign-in-wait';
import { useUsers } from './queries';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { useRoleName } from '@renderer/features/district/role-names';
import { JoinProgress } from '@renderer/features/setup/JoinProgress';

export function SignInScreen({ settings, onSignedIn }: { settings: OfficeSettings; onSignedIn(user: UserRow): void }) {
  const { t, lang } = useLanguage();
  const users = useUsers();
  const roleName = useRoleName(settings);
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const { wait, secondsLeft, set: setWait } = useSignInWait();
  const chosen = userId || users.data?.[0]?.id || '';

  // Someone told to wait sees it on choosing themselves, also after a restart.
  useEffect(() => {
    if (!chosen) return;
    let current = true;
    void signInWait(chosen).then((allowance) => current && setWait(allowance));
    return () => {
      current = false;
    };
  }, [chosen, setWait]);

  async function submit() {
    setBusy(true);
    const result = await signInCheck(chosen, password);
    setBusy(false);
    if (result.kind === 'signed-in') return onSignedIn(result.user);
    if (result.kind === 'wrong') setWrong(true);
    setWait(result.next);
  }

  // A set-up PC always has its first person: none means it joined an office and waits for its staff.
  if (users.data?.length === 0) return <JoinProgress settings={settings} />;

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
          <select
            value={chosen}
            onChange={(e) => {
              setUserId(e.target.value);
              setWrong(false);
              setWait(null);
            }}
          >
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
      <SignInWaitMessage wait={wait} secondsLeft={secondsLeft} testId="signin-wait" />
      <button type="submit" className="primary" disabled={busy || !chosen || secondsLeft > 0}>
        {t('staff.signIn')}
      </button>
    </form>
  );
}
