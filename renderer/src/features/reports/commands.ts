// A database written before the statistics kept their day records, or whose
// first sync deferred them (db/stats-days.ts), gets them on the statistics
// screen's first open, some days at a time (each in one transaction, so a case
// written meanwhile is never lost: from the build's start every write keeps its
// facts again). Summaries written before the statistics or the quality
// indicators (summaryHasFacts) are folded again from their events.
import { loadCase } from '@renderer/db/case-store';
import { db } from '@renderer/db/database';
import { summarise } from '@renderer/db/projection';
import type { AkimatDb } from '@renderer/db/schema';
import { markStatsDaysBuilt, putFacts, resumeStatsDays, statsDaysBuilt, summaryHasFacts } from '@renderer/db/stats-days';

const TABLES = ['cases', 'events', 'pulled', 'outbox', 'statsDays'];
const DAYS_PER_CHUNK = 20;

/** The build under way on each database: a second caller (the screen, the idle build after a first sync) joins it. */
const running = new WeakMap<AkimatDb, Promise<number>>();

/** Answers how many summaries were folded again. */
export function buildStatsDays(source: AkimatDb = db): Promise<number> {
  let build = running.get(source);
  if (!build) {
    build = buildOnce(source).finally(() => running.delete(source));
    running.set(source, build);
  }
  return build;
}

async function buildOnce(source: AkimatDb): Promise<number> {
  if (await statsDaysBuilt(source)) return 0;
  await resumeStatsDays(source);
  const days = (await source.cases.orderBy('registeredDate').uniqueKeys()) as string[];
  let refolded = 0;
  for (let start = 0; start < days.length; start += DAYS_PER_CHUNK) {
    const chunk = days.slice(start, start + DAYS_PER_CHUNK);
    await source.transaction('rw', TABLES, async () => {
      const summaries = await source.cases.where('registeredDate').anyOf(chunk).toArray();
      const again = [];
      for (const [i, summary] of summaries.entries()) {
        if (summaryHasFacts(summary)) continue;
        const state = await loadCase(source, summary.id);
        if (!state) continue;
        summaries[i] = summarise(state);
        again.push(summaries[i]);
      }
      refolded += again.length;
      await source.statsDays.bulkDelete(chunk);
      await Promise.all([source.cases.bulkPut(again), putFacts(source, summaries)]);
    });
  }
  await markStatsDaysBuilt(source, true);
  return refolded;
}
