// Sign-in on the shared office PC: pick yourself, type your password. After several
// wrong passwords the button waits, with the seconds left (lockout-store.ts).
import { useEffect, useState } from 'react';
import type { Allowance } from '@shared/staff/lockout';
import { signInCheck, signInWait } from './commands';
import { useUsers } from './queries';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { useRoleName } from '@renderer/features/district/role-names';
import { JoinProgress } from '@renderer/features/setup/JoinProgress';

/** Until when the button waits, by this window's clock read at `at`. */
function waitFor(allowance: Allowance, at: number): { until: number; locked: boolean } | null {
  return allowance.allowed ? null : { until: at + allowance.waitSeconds * 1000, locked: allowance.locked };
}

export function SignInScreen({ settings, onSignedIn }: { settings: OfficeSettings; onSignedIn(user: UserRow): void }) {
  const { t, lang } = useLanguage();
  const users = useUsers();
  const roleName = useRoleName(settings);
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState<{ until: number; locked: boolean } | null>(null);
  const [now, setNow] = useState(Date.now);
  const chosen = userId || users.data?.[0]?.id || '';

  // Someone told to wait sees it on choosing themselves, also after a restart.
  useEffect(() => {
    if (!chosen) return;
    let current = true;
    void signInWait(chosen).then((allowance) => {
      if (!current) return;
      const at = Date.now();
      setNow(at);
      setWait(waitFor(allowance, at));
    });
    return () => {
      current = false;
    };
  }, [chosen]);

  const secondsLeft = wait ? Math.max(0, Math.ceil((wait.until - now) / 1000)) : 0;
  useEffect(() => {
    if (!wait) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= wait.until) setWait(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [wait]);

  async function submit() {
    setBusy(true);
    const result = await signInCheck(chosen, password);
    setBusy(false);
    if (result.kind === 'signed-in') return onSignedIn(result.user);
    if (result.kind === 'wrong') setWrong(true);
    const at = Date.now();
    setNow(at);
    setWait(waitFor(result.next, at));
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
      {secondsLeft > 0 && wait ? (
        <div className="msg error" role="alert" data-testid="signin-wait">
          {wait.locked ? t('staff.signInLocked', { count: Math.ceil(secondsLeft / 60) }) : t('staff.signInWait', { count: secondsLeft })}
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !chosen || secondsLeft > 0}>
        {t('staff.signIn')}
      </button>
    </form>
  );
}
