// Updates over the sync server. The desktop host checks its district's feed
// and downloads by itself once told where it is (configureUpdates, after each
// successful sync); the browser host cannot install, it only reads the feed's
// version and says when the server has a newer one.
import type { HostBridge, UpdateState } from '@shared/host/bridge';
import type { AkimatDb } from '@renderer/db/schema';
import { httpRequest, type FetchLike } from '@renderer/features/sync/http';
import { loadIdentity } from '@renderer/features/sync/state';
import { APP_VERSION } from './error-log';

/** Compares dotted versions numerically (1.10.0 > 1.9.2); a pre-release part is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .split(/[-+]/)[0]!
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The `version:` line of an electron-builder latest.yml. */
export function feedVersion(yml: string): string | null {
  const match = /^version:\s*['"]?([0-9][\w.+-]*)['"]?\s*$/m.exec(yml);
  return match ? match[1]! : null;
}

/** Desktop: tells the host where this PC's update feed is; null where the host cannot update or the PC is not enrolled. */
export async function configureDesktopUpdates(db: AkimatDb, host: HostBridge): Promise<UpdateState | null> {
  if (!host.configureUpdates) return null;
  const identity = await loadIdentity(db);
  if (!identity) return null;
  return host.configureUpdates({ serverUrl: identity.serverUrl, token: identity.token, districtCode: identity.scope.districtCode });
}

/** Browser: the server's newer version for this PC's district, or null (none, not enrolled, not reachable). */
export async function newerOnServer(db: AkimatDb, fetchImpl: FetchLike, current = APP_VERSION): Promise<string | null> {
  const identity = await loadIdentity(db);
  if (!identity) return null;
  const district = encodeURIComponent(identity.scope.districtCode);
  const result = await httpRequest(fetchImpl, identity.serverUrl, 'GET', `/updates/${district}/latest.yml`, identity.token);
  if (result.kind !== 'response' || result.status !== 200 || typeof result.body !== 'string') return null;
  const version = feedVersion(result.body);
  return version && compareVersions(version, current) > 0 ? version : null;
}
