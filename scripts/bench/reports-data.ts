// Synthetic case summaries for `npm run bench:reports`: the fields the
// statistics read (shared/stats StatsCase) plus the ones the case list shows.
// Self-contained (no imports, no closures) so Playwright can run the same
// function inside the page to seed IndexedDB without shipping the rows over.

export function syntheticSummaries(start: number, count: number): Array<Record<string, unknown>> {
  const SERVICES = ['kzo-590-2014/child-benefit-under-18', 'kzo-590-2014/housing-aid', 'kzo-590-2014/tsa', 'svc-4', 'svc-5', 'svc-6'];
  const STATUSES = [
    'registered',
    'atCommission',
    'relayed',
    'atDistrict',
    'decided',
    'resultReady',
    'handedOver',
    'handedOver',
    'handedOver',
    'refusedAtIntake',
  ];
  const TERMS = [0, 1, 2, 3, 7, 1, 1, 1, 1, 1];
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const dayMs = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const base = Date.UTC(2025, 0, 1);
  // A tiny linear congruential generator: the same cases on every run.
  let seed = 12345 + start;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const rows: Array<Record<string, unknown>> = [];
  for (let i = start; i < start + count; i++) {
    const day = Math.floor(rnd() * 690);
    const registeredDate = iso(base + day * dayMs);
    const registeredAt = `${registeredDate}T${pad(9 + Math.floor(rnd() * 8))}:${pad(Math.floor(rnd() * 60))}`;
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)];
    const progress = status === 'refusedAtIntake' ? -1 : status === 'handedOver' ? TERMS.length : Math.floor(rnd() * TERMS.length);
    const steps: Array<Record<string, unknown>> = [];
    let due = base + day * dayMs;
    let done = due;
    let resultDate = '';
    if (progress >= 0) {
      TERMS.forEach((term, s) => {
        due += Math.ceil(term * 1.4) * dayMs;
        const step: Record<string, unknown> = {
          stepId: `step-${s}`,
          milestone: s === 0 ? 'accept' : s === 4 ? 'relay' : undefined,
          term: term === 0 ? { amount: 15, unit: 'minutes' } : { amount: term, unit: 'workingDays' },
          due: `${iso(due)}T18:00`,
          counts: s < TERMS.length - 1,
        };
        if (s === TERMS.length - 2) resultDate = iso(due);
        if (s < progress) {
          done += Math.max(0, Math.round(term * (0.5 + rnd() * 2.5))) * dayMs;
          step.doneAt = `${iso(done)}T${pad(9 + Math.floor(rnd() * 8))}:00`;
        }
        steps.push(step);
      });
    }
    const id = `00000000-0000-4000-8000-${pad(i, 12)}`;
    rows.push({
      id,
      number: `0512-25A-${pad(i, 6)}`,
      shortCode: pad(i, 6),
      entryId: SERVICES[Math.floor(rnd() * SERVICES.length)],
      status,
      iin: `9001014${pad(i % 100000, 5)}`,
      surname: `Сейітова-${i}`,
      surnameKey: `seitova-${i}`,
      fullName: `Сейітова-${i} Гүлнәр`,
      nameWords: [],
      serviceWords: [],
      iins: [],
      registeredDate,
      registeredAt,
      resultDate: progress >= 0 ? resultDate : undefined,
      acceptedBy: 'Сәрсенова Әлия',
      eventCount: Math.max(1, progress + 2),
      office: `05${pad(10 + Math.floor(rnd() * 12))}`,
      steps: progress >= 0 ? steps : [],
      // What the quality indicators read: ready when the result came back, served at the hand-over.
      readyAt: steps[TERMS.length - 2]?.doneAt,
      servedAt: status === 'handedOver' ? steps[TERMS.length - 1]?.doneAt : undefined,
      reworked: i % 20 === 0,
    });
  }
  return rows;
}
