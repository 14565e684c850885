// The browser would not promise to keep this PC's data: said once, with what to
// do about it, until the clerk dismisses it (remembered on this PC).
import { useState } from 'react';
import { usePersistenceDenied } from '@renderer/db/storage-problem';
import { useLanguage } from '@renderer/i18n/language';

export const PERSIST_NOTICE_KEY = 'akimat.persistNoticeDismissed';

function dismissed(): boolean {
  try {
    return localStorage.getItem(PERSIST_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

export function PersistDeniedNotice() {
  const { t } = useLanguage();
  const denied = usePersistenceDenied();
  const [hidden, setHidden] = useState(dismissed);
  if (!denied || hidden) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(PERSIST_NOTICE_KEY, '1');
    } catch {
      // Without localStorage the notice comes back after a reload.
    }
    setHidden(true);
  };
  return (
    <div className="banner subtle" data-testid="persist-denied">
      {t('app.persistDenied')}{' '}
      <button type="button" onClick={dismiss} data-testid="persist-denied-dismiss">
        {t('app.persistDismiss')}
      </button>
    </div>
  );
}
