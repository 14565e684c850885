// The update banner: on the desktop, a downloaded update waits for "install on
// restart" or "later"; in the browser, a notice that the server has a newer version.
import { useState } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { host } from '@renderer/host/host';
import { APP_VERSION } from './error-log';
import type { UpdateNotice } from './queries';

export function UpdateBanner({ notice }: { notice: UpdateNotice }) {
  const { t } = useLanguage();
  const [later, setLater] = useState<string | null>(null);
  if (!notice || later === notice.version) return null;
  if (notice.kind === 'newer')
    return (
      <div className="banner subtle" role="status" data-testid="update-newer">
        {t('app.updateNewer', { version: notice.version, current: APP_VERSION })}
      </div>
    );
  return (
    <div className="banner subtle" role="status" data-testid="update-ready">
      {t('app.updateReady', { version: notice.version })}{' '}
      <button type="button" onClick={() => void host.installUpdate?.()} data-testid="update-install">
        {t('app.updateInstall')}
      </button>{' '}
      <button type="button" onClick={() => setLater(notice.version)} data-testid="update-later">
        {t('app.updateLater')}
      </button>
    </div>
  );
}
