// The relay's reads, live: a case registered or concluded meanwhile joins the list.
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { readyForRelay, relaysBetween } from './bulk';

export function useReadyForRelay(enabled: boolean) {
  return useLive(() => readyForRelay(db), [], enabled);
}

export function useRelaysBetween(from: string, to: string, enabled: boolean) {
  return useLive(() => relaysBetween(db, from, to), [from, to], enabled);
}
