// Relaying several cases at once (issue 14): one event per case, a refusal
// does not stop the others, and the register reads the relays of a period.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '@renderer/testing/db-fixture';
import type { AkimatDb } from '@renderer/db/schema';
import { CHILD_BENEFIT, ctx, registerCase, runCommission } from '@renderer/features/district/test-fixtures';
import { ProblemsError } from '@renderer/ui/form-problems';
import { readyForRelay, relayMany, relaysBetween } from './bulk';

/** A child-benefit case the commission has concluded: its next step is the relay. */
async function concluded(db: AkimatDb, at: string): Promise<string> {
  const id = await registerCase(db, CHILD_BENEFIT, at);
  await runCommission(db, id, `${at.slice(0, 10)}T13:00`);
  return id;
}

describe('bulk relay', () => {
  it('lists the cases whose next step is the relay and relays the chosen ones, each with its own event', async () => {
    const db = freshDb();
    const ids = [await concluded(db, '2026-11-23T10:00'), await concluded(db, '2026-11-23T11:00'), await concluded(db, '2026-11-23T12:00')];
    expect((await readyForRelay(db)).map((c) => c.id).sort()).toEqual([...ids].sort());
    const outcome = await relayMany(ctx(db, '2026-11-24T09:30'), ids.slice(0, 2), 'D05');
    expect(outcome.refused).toEqual([]);
    expect(outcome.relayed.map((s) => s.caseId)).toEqual(ids.slice(0, 2));
    for (const state of outcome.relayed) {
      expect(state.status).toBe('relayed');
      expect(state.events.filter((e) => e.type === 'packageRelayed')).toHaveLength(1);
    }
    // the third is still waiting; the relayed ones left the list
    expect((await readyForRelay(db)).map((c) => c.id)).toEqual([ids[2]]);
  });

  it('goes on past a case it cannot relay and names it; without a district nothing is written', async () => {
    const db = freshDb();
    const good = await concluded(db, '2026-11-23T10:00');
    const missing = crypto.randomUUID();
    const outcome = await relayMany(ctx(db, '2026-11-24T09:30'), [missing, good], 'D05');
    expect(outcome.relayed.map((s) => s.caseId)).toEqual([good]);
    expect(outcome.refused.map((r) => r.caseId)).toEqual([missing]);
    const other = await concluded(db, '2026-11-23T10:00');
    await expect(relayMany(ctx(db, '2026-11-24T09:30'), [other], undefined)).rejects.toBeInstanceOf(ProblemsError);
    expect((await readyForRelay(db)).map((c) => c.id)).toEqual([other]);
  });

  it('reads the relays of a period in the order they were made, both ends included', async () => {
    const db = freshDb();
    const a = await concluded(db, '2026-11-20T10:00');
    const b = await concluded(db, '2026-11-20T10:00');
    const c = await concluded(db, '2026-11-20T10:00');
    await relayMany(ctx(db, '2026-11-30T17:45'), [b], 'D05');
    await relayMany(ctx(db, '2026-11-21T09:00'), [a], 'D05');
    await relayMany(ctx(db, '2026-12-01T09:00'), [c], 'D05');
    const relays = await relaysBetween(db, '2026-11-21', '2026-11-30');
    expect(relays.map((r) => r.state.caseId)).toEqual([a, b]);
    expect(relays[0].event.actor.name).toBe('Әбенов Ғалым');
    expect(await relaysBetween(db, '2026-10-01', '2026-10-31')).toEqual([]);
  });
});
