// Which URLs the app window may show: its own page only. Anything else (a link
// in a synced note, a redirect) is refused; the window never leaves the app.

/** True when `target` is the app's own page: the same file (any hash/query) or the same dev-server origin. */
export function isAppUrl(target: string, appUrl: string): boolean {
  let t: URL;
  let a: URL;
  try {
    t = new URL(target);
    a = new URL(appUrl);
  } catch {
    return false;
  }
  if (a.protocol === 'file:') return t.protocol === 'file:' && decodeURIComponent(t.pathname) === decodeURIComponent(a.pathname);
  if (a.protocol === 'http:' || a.protocol === 'https:') return t.origin === a.origin;
  return false;
}

/** Permissions the renderer may get. Persistent storage keeps IndexedDB from being evicted. */
const ALLOWED_PERMISSIONS = new Set(['persistent-storage']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
