// The statistics' filters are kept for the window (sessionStorage, like the
// district inbox's sort): an akim who opens a case from a chart and comes back
// finds the period, service and office as they left them.
import { useState } from 'react';

export interface StatsFilterFields {
  from: string;
  to: string;
  entryId: string;
  office: string;
}

const KEY = 'reports.statsFilter';

/** An end of period left at "today" moves on with the days; one the user chose stays. */
interface Kept extends StatsFilterFields {
  keptOn: string;
}

const fresh = (today: string): StatsFilterFields => ({ from: `${today.slice(0, 4)}-01-01`, to: today, entryId: '', office: '' });

/** What was kept, field by field; a field missing or unreadable starts afresh. */
function load(today: string): StatsFilterFields {
  const start = fresh(today);
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Kept> | null;
    if (!kept || typeof kept !== 'object') return start;
    const text = (value: unknown, otherwise: string) => (typeof value === 'string' ? value : otherwise);
    return {
      from: text(kept.from, start.from),
      to: kept.to === kept.keptOn ? today : text(kept.to, start.to),
      entryId: text(kept.entryId, ''),
      office: text(kept.office, ''),
    };
  } catch {
    return start;
  }
}

export function useKeptFilter(today: string): [StatsFilterFields, (change: Partial<StatsFilterFields>) => void] {
  const [fields, setFields] = useState(() => load(today));
  const change = (patch: Partial<StatsFilterFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ ...next, keptOn: today } satisfies Kept));
    } catch {
      // Without sessionStorage the screen starts from this year again next time.
    }
  };
  return [fields, change];
}
