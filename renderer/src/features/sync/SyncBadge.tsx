// The small sync status in the header: not enrolled, online, offline, waiting N,
// error or stopped; a link to the sync panel. Mounting it starts background sync.
import { useLanguage } from '@renderer/i18n/language';
import { type BadgeState, badgeState } from './badge-state';
import { useSyncOverview } from './queries';
import { useBackgroundSync } from './useSync';
import type { TextKey } from '@renderer/texts';

const TEXT: Record<BadgeState, TextKey> = {
  notEnrolled: 'sync.badgeNotEnrolled',
  stopped: 'sync.badgeStopped',
  error: 'sync.badgeError',
  offline: 'sync.badgeOffline',
  waiting: 'sync.badgeWaiting',
  online: 'sync.badgeOnline',
};

const COLOUR: Record<BadgeState, string> = {
  notEnrolled: '#6b7785',
  stopped: '#b3261e',
  error: '#b3261e',
  offline: '#8a6100',
  waiting: '#1c5a96',
  online: '#1f7a3a',
};

export function SyncBadge() {
  useBackgroundSync();
  const { t } = useLanguage();
  const view = useSyncOverview();
  if (!view) return null;
  const state = badgeState(view);
  const waiting = view.counts.pending + view.counts.error + view.uploadsWaiting;
  const label = t(TEXT[state], { count: waiting });
  const extra = state === 'offline' && waiting > 0 ? ` · ${t('sync.badgeWaiting', { count: waiting })}` : '';
  return (
    <a
      href="#/sync"
      data-testid="sync-badge"
      data-state={state}
      title={`${t('common.sync')}: ${label}`}
      aria-label={`${t('common.sync')}: ${label}`}
      style={{
        background: COLOUR[state],
        color: '#fff',
        borderRadius: 10,
        padding: '2px 10px',
        fontSize: 13,
        textDecoration: 'none',
        whiteSpace: 'nowrap',
      }}
    >
      ⇅ {label}
      {extra}
    </a>
  );
}
