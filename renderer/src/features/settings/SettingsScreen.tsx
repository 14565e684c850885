// Settings of this PC: backups and restore, and (in the desktop app) printers.
import { useSettingsText } from './texts';
import { PrintersSection } from './PrintersSection';
import { SettingsBackups } from './SettingsBackups';

export function SettingsScreen() {
  const s = useSettingsText();
  return (
    <div className="screen narrow" data-testid="settings-screen">
      <h1>{s('settingsTitle')}</h1>
      <SettingsBackups />
      <PrintersSection />
    </div>
  );
}

/** The header link to this screen, on akimat and district PCs alike: a gear, named on hover and for screen readers (the links row is full at 1024 px). */
export function SettingsNavLink({ current }: { current: string }) {
  const s = useSettingsText();
  return (
    <a
      href="#/settings"
      className={current === 'settings' ? 'active' : undefined}
      data-testid="nav-settings"
      title={s('navSettings')}
      aria-label={s('navSettings')}
    >
      {'\u2699'}
    </a>
  );
}
