// Updates from the sync server: the feed URL for the PC's district, when to check,
// and whether an offered version may be installed (never an older one: the data
// folder's downgrade guard, version-guard.ts, would refuse to open afterwards).
import { compareVersions } from './version-guard';

export type { UpdateFeed, UpdateState } from '../../shared/host/bridge';

/** How often a sync may trigger a check of the feed. */
export const CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** electron-updater's generic provider reads `<feed>latest.yml` and the installer next to it. */
export function feedUrl(serverUrl: string, districtCode: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/updates/${encodeURIComponent(districtCode)}/`;
}

export type UpdateDecision =
  | { kind: 'install'; version: string }
  | { kind: 'current'; version: string }
  | { kind: 'downgrade'; version: string }
  | { kind: 'invalid'; version: string };

export function decideUpdate(running: string, offered: string): UpdateDecision {
  let order: number;
  try {
    order = compareVersions(offered, running);
  } catch {
    return { kind: 'invalid', version: offered };
  }
  if (order > 0) return { kind: 'install', version: offered };
  return order === 0 ? { kind: 'current', version: offered } : { kind: 'downgrade', version: offered };
}

export function checkDue(lastCheck: number | undefined, now: number): boolean {
  return lastCheck === undefined || now - lastCheck >= CHECK_INTERVAL_MS;
}
