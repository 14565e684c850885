// The wait after wrong passwords (lockout-store.ts), as the sign-in screen and
// "change my password" both show it: the seconds left, ticking down, or the lock.
import { useCallback, useEffect, useState } from 'react';
import type { Allowance } from '@shared/staff/lockout';
import { useLanguage } from '@renderer/i18n/language';

type Wait = { until: number; locked: boolean } | null;

/** The seconds left of a wait, ticking down each second; `set` starts one from an allowance (or clears it). */
export function useSignInWait(): { wait: Wait; secondsLeft: number; set(allowance: Allowance | null): void } {
  const [wait, setWait] = useState<Wait>(null);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!wait) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= wait.until) setWait(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [wait]);
  const set = useCallback((allowance: Allowance | null) => {
    const at = Date.now();
    setNow(at);
    setWait(!allowance || allowance.allowed ? null : { until: at + allowance.waitSeconds * 1000, locked: allowance.locked });
  }, []);
  return { wait, secondsLeft: wait ? Math.max(0, Math.ceil((wait.until - now) / 1000)) : 0, set };
}

/** The wait's line under a password field (nothing when there is none). */
export function SignInWaitMessage({ wait, secondsLeft, testId }: { wait: Wait; secondsLeft: number; testId: string }) {
  const { t } = useLanguage();
  if (!wait || secondsLeft <= 0) return null;
  return (
    <div className="msg error" role="alert" data-testid={testId}>
      {wait.locked ? t('staff.signInLocked', { count: Math.ceil(secondsLeft / 60) }) : t('staff.signInWait', { count: secondsLeft })}
    </div>
  );
}
