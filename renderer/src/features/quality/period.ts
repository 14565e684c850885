// The month the quality page shows, as a period of dates.
import type { Period } from '@shared/quality';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-11" → 1 to 30 November 2026; undefined for anything that is not a month. */
export function monthPeriod(month: string): Period | undefined {
  const m = MONTH.exec(month);
  if (!m) return undefined;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
