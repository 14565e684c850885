// Settings of this PC: backups and restore, and (in the desktop app) printers.
import { PrintersSection } from './PrintersSection';
import { SettingsBackups } from './SettingsBackups';
import { useLanguage } from '@renderer/i18n/language';

export function SettingsScreen() {
  const { t } = useLanguage();
  return (
    <div className="screen narrow" data-testid="settings-screen">
      <h1>{t('settings.title')}</h1>
      <SettingsBackups />
      <PrintersSection />
    </div>
  );
}

/** The header link to this screen, on akimat and district PCs alike: a gear, named on hover and for screen readers (the links row is full at 1024 px). */
export function SettingsNavLink({ current }: { current: string }) {
  const { t } = useLanguage();
  return (
    <a
      href="#/settings"
      className={current === 'settings' ? 'active' : undefined}
      data-testid="nav-settings"
      title={t('settings.title')}
      aria-label={t('settings.title')}
    >
      {'\u2699'}
    </a>
  );
}
