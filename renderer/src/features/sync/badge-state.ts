// Which of the header badge's states this PC is in, from the sync tables' overview.
import type { SyncOverview } from './queries';

export type BadgeState = 'notEnrolled' | 'stopped' | 'error' | 'offline' | 'waiting' | 'online';

export function badgeState(view: SyncOverview): BadgeState {
  if (!view.identity) return 'notEnrolled';
  if (view.status.stopped) return 'stopped';
  if (view.counts.error > 0 || view.uploadErrors.length > 0) return 'error';
  if (view.status.reachable === false) return 'offline';
  if (view.counts.pending + view.uploadsWaiting > 0) return 'waiting';
  return 'online';
}
