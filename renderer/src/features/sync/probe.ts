// The header badge learns of a lost link within seconds (issue 14): while the
// sync loop is idle, a light GET /health (no token, no database work on the
// server) every few seconds with a short timeout. Only a change is written to
// the status row; when the server answers again the loop runs at once. Offline,
// the probes space out (doubling, capped) so a PC with no network stays quiet.
import type { AkimatDb } from '@renderer/db/schema';
import type { FetchLike } from './http';
import { loadEnrollment, loadStatus, updateStatus } from './state';

export const PROBE_MS = 3_000;
export const PROBE_TIMEOUT_MS = 2_000;
export const PROBE_MAX_MS = 15_000;

export type ProbeResult = 'reachable' | 'back' | 'unreachable' | 'notEnrolled';

/** One probe; records a change of reachability and says what it found ('back': reachable after a lost link). Never throws for the link. */
export async function probeOnce(db: AkimatDb, fetchImpl: FetchLike, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const enrollment = await loadEnrollment(db);
  if (!enrollment) return 'notEnrolled';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let reachable = false;
  try {
    const response = await fetchImpl(`${enrollment.serverUrl}/health`, { method: 'GET', cache: 'no-store', signal: controller.signal });
    reachable = response.ok;
    await response.body?.cancel().catch(() => undefined);
  } catch {
    reachable = false;
  } finally {
    clearTimeout(timer);
  }
  const status = await loadStatus(db);
  if (status.reachable !== reachable) await updateStatus(db, { reachable });
  if (!reachable) return 'unreachable';
  return status.reachable === false ? 'back' : 'reachable';
}

/** The wait before the next probe: PROBE_MS while reachable, doubling with each failed probe up to PROBE_MAX_MS. */
export function nextProbeDelay(failedInARow: number): number {
  return Math.min(PROBE_MS * 2 ** failedInARow, PROBE_MAX_MS);
}

export interface ProbeDeps {
  db: AkimatDb;
  fetch?: FetchLike;
  /** True while a sync run is on: it tells the badge itself. */
  busy(): boolean;
  /** The server answers again after a lost link: sync now. */
  onBack(): void;
}

export class ReachabilityProbe {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failed = 0;
  private stopped = true;

  constructor(private readonly deps: ProbeDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(PROBE_MS);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Runs one probe now (unless a sync run is on) and schedules the next. */
  async tick(): Promise<ProbeResult | 'busy'> {
    let result: ProbeResult | 'busy' = 'busy';
    try {
      if (!this.deps.busy()) {
        result = await probeOnce(this.deps.db, this.deps.fetch ?? ((i, init) => fetch(i, init)));
        if (result === 'unreachable') this.failed++;
        else this.failed = 0;
        if (result === 'back') this.deps.onBack();
      }
    } catch {
      // a storage failure: the app's banner reports it; the next probe tries again
    }
    this.schedule(nextProbeDelay(this.failed));
    return result;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), delayMs);
  }
}
