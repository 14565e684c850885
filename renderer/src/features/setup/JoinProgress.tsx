// A PC that joined an office and has no staff yet (join.ts): it pulls until they
// come — at once, on "check again" and by itself every little while — and says
// why not when a pull brought none. The staff arriving moves the frame on to sign-in.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OfficeSettings } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { writeErrorText } from '@renderer/ui/problems';
import { pullThisPcStaff } from './commands';
import type { JoinState } from './join';

/** How long a PC still waiting for its staff waits between pulls by itself. */
export const JOIN_RETRY_MS = 15_000;

type Shown = { kind: 'pulling' } | JoinState | { kind: 'error'; error: unknown };

export function JoinProgress({ settings }: { settings: OfficeSettings }) {
  const i18n = useLanguage();
  const { t, pick, lang } = i18n;
  const [shown, setShown] = useState<Shown>({ kind: 'pulling' });
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);

  const attempt = useCallback(async () => {
    setBusy(true);
    let next: Shown;
    try {
      next = await pullThisPcStaff();
    } catch (error) {
      next = { kind: 'error', error };
    }
    if (!mounted.current) return;
    setBusy(false);
    // 'ready': the live staff list takes the frame to sign-in; until then the last message stays.
    if (next.kind !== 'ready') setShown(next);
  }, []);

  useEffect(() => {
    mounted.current = true;
    void attempt();
    const timer = setInterval(() => void attempt(), JOIN_RETRY_MS);
    return () => {
      mounted.current = false;
      clearInterval(timer);
    };
  }, [attempt]);

  const waiting = shown.kind === 'pulling' || shown.kind === 'ready';
  return (
    <div className="screen narrow" data-testid="join-progress">
      <h1>{t('setup.joinProgressTitle', { name: lang === 'kk' ? settings.nameKk : settings.nameRu })}</h1>
      <div
        className={`banner ${waiting ? 'subtle' : shown.kind === 'noStaff' ? 'warn' : 'error'}`}
        role="status"
        data-testid="join-status"
        data-state={shown.kind}
      >
        {shown.kind === 'pulling' || shown.kind === 'ready'
          ? t('setup.joinPulling')
          : shown.kind === 'noStaff'
            ? t(settings.kind === 'district' ? 'setup.joinNoStaffDistrict' : 'setup.joinNoStaff')
            : shown.kind === 'failed'
              ? t('setup.joinFailed', { reason: pick(shown.message) })
              : writeErrorText(shown.error, i18n)}
      </div>
      {!waiting && <p>{t('setup.joinAutoRetry')}</p>}
      <button type="button" className="primary" disabled={busy} onClick={() => void attempt()} data-testid="join-retry">
        {busy ? t('common.loading') : t('setup.joinRetry')}
      </button>
    </div>
  );
}
