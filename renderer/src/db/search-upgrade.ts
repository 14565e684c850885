// Schema version 5: fills the search fields (search-index.ts) of the cases
// stored before it, from each case's first event, a chunk of cases at a time.
import type { Transaction } from 'dexie';
import type { CaseEvent } from '@shared/case';
import { isFirstEvent, searchFieldsOf } from './search-index';

const CHUNK = 1000;

export async function fillSearchFields(tx: Transaction): Promise<void> {
  const cases = tx.table('cases');
  const events = tx.table<CaseEvent, string>('events');
  const ids = (await cases.toCollection().primaryKeys()) as string[];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const firsts = new Map<string, CaseEvent>();
    await events
      .where('caseId')
      .anyOf(chunk)
      .each((event) => {
        if (isFirstEvent(event) && !firsts.has(event.caseId)) firsts.set(event.caseId, event);
      });
    await cases
      .where('id')
      .anyOf(chunk)
      .modify((summary: Record<string, unknown>) => {
        const first = firsts.get(summary.id as string);
        Object.assign(summary, searchFieldsOf(first && isFirstEvent(first) ? first : undefined));
      });
  }
}
