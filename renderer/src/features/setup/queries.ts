// Reads of this PC's setup, live: the frame follows first-run setup and enrollment by itself.
import { db } from '@renderer/db/database';
import { useLive } from '@renderer/db/live';
import { loadSettings } from './office-settings';

/** The office settings of this PC; null before first-run setup. */
export function useOfficeSettings() {
  return useLive(async () => (await loadSettings(db)) ?? null, []);
}
