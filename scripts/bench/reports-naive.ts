// The peer of `npm run bench:reports`: what a straightforward screen would do —
// each chart filters all the cases again on its own, and every step's working
// days are counted day by day on the calendar (workingDaysBetween).
import { workingDaysBetween } from '../../shared/calendar';
import { matches, verdictOf } from '../../shared/stats';
import type { StatsCase, StatsFilter } from '../../shared/stats';

function groupCount<K>(cases: StatsCase[], key: (c: StatsCase) => K): Map<K, string[]> {
  const map = new Map<K, string[]>();
  for (const c of cases) map.set(key(c), [...(map.get(key(c)) ?? []), c.id]);
  return map;
}

export function naiveStatistics(all: readonly StatsCase[], filter: StatsFilter, now: string) {
  const byService = groupCount(
    all.filter((c) => matches(c, filter)),
    (c) => c.entryId,
  );
  const byStatus = groupCount(
    all.filter((c) => matches(c, filter)),
    (c) => c.status,
  );
  const byMonth = groupCount(
    all.filter((c) => matches(c, filter)),
    (c) => c.registeredDate.slice(0, 7),
  );
  const verdicts = groupCount(
    all.filter((c) => matches(c, filter)),
    (c) => verdictOf(c, now),
  );
  const steps = new Map<string, { sum: number; done: number }>();
  for (const c of all.filter((x) => matches(x, filter))) {
    let start = c.registeredAt;
    for (const s of c.steps ?? []) {
      const row = steps.get(`${c.entryId}|${s.stepId}`) ?? { sum: 0, done: 0 };
      if (s.doneAt) {
        row.sum += workingDaysBetween(start.slice(0, 10), s.doneAt.slice(0, 10));
        row.done++;
        start = s.doneAt;
      }
      steps.set(`${c.entryId}|${s.stepId}`, row);
    }
  }
  const offices = groupCount(
    all.filter(
      (c) => matches(c, filter) && (c.steps ?? []).some((s) => (s.doneAt ? s.doneAt > s.due : now > s.due && c.status !== 'handedOver')),
    ),
    (c) => c.office ?? '',
  );
  return { byService, byStatus, byMonth, verdicts, steps, offices };
}
