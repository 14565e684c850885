// The district's writes as the screens call them: on this PC's database, by the
// signed-in user (named by the kind of this PC), now. The commands themselves
// take their context, so tests give them their own database.
import { useSession } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import { enrollDevice, type EnrollInput } from '@renderer/features/sync/enrollment';
import { syncLoop } from '@renderer/features/sync/useSync';
import { writeContextFor } from './device';

/** A write context for now (call it when the write happens, not when the screen renders). */
export function useWriteContext() {
  const session = useSession();
  return () => writeContextFor(db, session.settings, session.user, localMoment());
}

/** Connects this PC to the server with an enrollment code, then syncs at once. */
export function useEnrollDevice() {
  // The new device id and letter reach the session by the app's live read of the settings.
  return async (input: EnrollInput) => {
    const result = await enrollDevice(db, input);
    if (result.ok) void syncLoop.kick();
    return result;
  };
}
