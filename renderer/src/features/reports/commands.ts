// Summaries written before the statistics lack the office and the steps: they
// are folded again from their events, a chunk at a time, when the statistics
// screen first finds them (a case's next event would fill them too).
import { loadCase } from '@renderer/db/case-store';
import { db } from '@renderer/db/database';
import { summarise } from '@renderer/db/projection';
import type { AkimatDb } from '@renderer/db/schema';

const CHUNK = 500;

export async function prepareOldSummaries(source: AkimatDb = db): Promise<number> {
  const ids = (await source.cases.filter((c) => c.steps === undefined).primaryKeys()) as string[];
  for (let start = 0; start < ids.length; start += CHUNK) {
    await source.transaction('rw', [source.cases, source.events, source.pulled, source.outbox], async () => {
      for (const id of ids.slice(start, start + CHUNK)) {
        const state = await loadCase(source, id);
        if (state) await source.cases.put(summarise(state));
      }
    });
  }
  return ids.length;
}
