// What the sync panel does: send now (refused events get another try) and enroll this PC.
import { db } from '@renderer/db/database';
import { enrollDevice, type EnrollInput } from './enrollment';
import { retryRefused } from './outbox';
import { syncLoop } from './useSync';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

export async function syncNow(): Promise<void> {
  await retryRefused(db);
  await syncLoop.kick();
}

/** Enrolls with the server; on success the office settings change (device id and letter), which the frame reads live. */
export async function enrollThisPc(input: EnrollInput) {
  const result = await enrollDevice(db, input);
  if (result.ok) void syncLoop.kick();
  return result;
}
