// Work that can wait for a quiet moment (a chunk to prefetch, records to build):
// the browser's idle callback where there is one, a timer elsewhere (tests).

/** Runs `work` when the page is idle, or after `timeoutMs` at the latest; answers the cancel. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, Math.min(timeoutMs, 1000));
  return () => clearTimeout(timer);
}
