// The per-case state the push keeps (cases.rule_state, cases.event_count) on SQLite
// and PostgreSQL: after random pushes, with refused batches, duplicates and resent
// batches, every verdict is canAppend's on the full history and the stored state
// is the fold of the stored events; a case holds at most maxCaseEvents events.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseEvent, type CaseEventType, canAppend, foldCase } from '../../../shared/case';
import { ruleStateOf } from '../../../shared/case/rule-state';
import { newCaseId } from '../../../shared/testing/case-events';
import { testConclusion, testInspectionAct } from '../../../shared/testing/commission-act';
import { BACKENDS, type BackendResources, backendResources, seedRegion, type TestDevice } from '../testing/harness';
import { enrolled } from '../testing/store-device';
import { openStore, type SqlStore } from './index';
import type { Device } from './types';

/** A seeded random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const AT = '2026-11-24T09:00:00.000Z';

/** Any event a unit of this kind writes, valid in shape, whether or not the case's rules allow it now. */
function anyEvent(w: TestDevice, caseId: string, pick: () => number): CaseEvent {
  const office: [CaseEventType, () => CaseEvent][] = [
    ['registered', () => w.register(caseId)],
    ['consentRecorded', () => w.write(caseId, 'consentRecorded', { signedBy: 'Гүлнәр' })],
    ['executorAssigned', () => w.write(caseId, 'executorAssigned', { executorId: 'u-2', executorName: 'Асқар' })],
    ['sentToCommission', () => w.write(caseId, 'sentToCommission', {})],
    ['inspectionRecorded', () => w.write(caseId, 'inspectionRecorded', testInspectionAct())],
    ['conclusionAdopted', () => w.write(caseId, 'conclusionAdopted', testConclusion())],
    ['packageRelayed', () => w.write(caseId, 'packageRelayed', { districtCode: 'D01', attachments: [] })],
    ['resultReceived', () => w.write(caseId, 'resultReceived', { outcome: 'notification' })],
    ['handedOver', () => w.write(caseId, 'handedOver', { receivedBy: 'Гүлнәр', result: 'notification' })],
    ['formReprinted', () => w.write(caseId, 'formReprinted', { form: 'talon' })],
  ];
  const district: [CaseEventType, () => CaseEvent][] = [
    ['receivedByDistrict', () => w.write(caseId, 'receivedByDistrict', { incomingNumber: '17', incomingDate: '2026-11-24' })],
    ['districtExecutorAssigned', () => w.write(caseId, 'districtExecutorAssigned', { executorId: 'u-9', executorName: 'Дана' })],
    ['decided', () => w.write(caseId, 'decided', { outcome: 'notification', amount: 1000, outgoingNumber: '05-17', signedBy: 'Бекзат' })],
    ['returnedForRework', () => w.write(caseId, 'returnedForRework', { remarks: 'Анықтама жоқ' })],
  ];
  const list = w.kind === 'office' ? office : district;
  return list[Math.floor(pick() * list.length)][1]();
}

describe.each(BACKENDS)('per-case state on %s', (backend) => {
  let resources: BackendResources;
  let store: SqlStore;

  beforeEach(async () => {
    resources = await backendResources(backend);
    store = await openStore({ ...resources, maxCaseEvents: 40 });
    await seedRegion(store);
  });
  afterEach(async () => {
    await store.close();
    await resources.dispose();
  });

  async function storedCases(): Promise<Map<string, { count: number; rules: unknown; events: CaseEvent[] }>> {
    const dump = await store.exportAll();
    const out = new Map<string, { count: number; rules: unknown; events: CaseEvent[] }>();
    for (const c of dump.cases as { case_id: string; event_count: number; rule_state: string | null }[]) {
      out.set(c.case_id, { count: Number(c.event_count), rules: c.rule_state ? JSON.parse(c.rule_state) : undefined, events: [] });
    }
    const events = (dump.events as { server_seq: number; case_id: string; body: string }[]).sort(
      (a, b) => Number(a.server_seq) - Number(b.server_seq),
    );
    for (const e of events) out.get(e.case_id)!.events.push(JSON.parse(e.body));
    return out;
  }

  it('gives canAppend’s verdict on the full history to random pushes, and keeps the fold of the stored events', async () => {
    const pick = random(backend === 'sqlite' ? 12 : 34);
    const office = await enrolled(store, { officeCode: '0101' });
    const district = await enrolled(store, { districtCode: 'D01' });
    const history = new Map<string, CaseEvent[]>();
    const caseIds = Array.from({ length: 6 }, () => newCaseId());
    const sent: { device: Device; batch: CaseEvent[] }[] = [];
    let accepted = 0;
    let refused = 0;
    for (let round = 0; round < 160; round++) {
      const unit = pick() < 0.3 ? district : office;
      if (sent.length > 0 && pick() < 0.15) {
        // A batch resent after a lost answer: every event a duplicate, nothing changes.
        const again = sent[Math.floor(pick() * sent.length)];
        const result = await store.events.push(again.device, again.batch, AT);
        expect(result.ok && result.accepted.every((a) => a.status === 'duplicate')).toBe(true);
        continue;
      }
      const before = unit.writer.seq;
      const size = 1 + Math.floor(pick() * 3);
      const batch: CaseEvent[] = [];
      const local = new Map([...history].map(([id, list]) => [id, [...list]]));
      let expectOk = true;
      let expectCode: string | undefined;
      for (let i = 0; i < size; i++) {
        const caseId = caseIds[Math.floor(pick() * caseIds.length)];
        const so = local.get(caseId) ?? [];
        // A district sees a case only once it is relayed (and delivered: no attachments here).
        const visible = unit === office || so.some((e) => e.type === 'packageRelayed');
        const judge = (e: CaseEvent) => (visible ? canAppend(so, e) : ({ ok: false, code: 'notRegistered' } as const));
        // Mostly an event the rules allow (a few tries), else whatever comes.
        let event = anyEvent(unit.writer, caseId, pick);
        const wantValid = pick() < 0.85;
        for (let tries = 0; wantValid && tries < 12 && !judge(event).ok; tries++) {
          unit.writer.seq--;
          event = anyEvent(unit.writer, caseId, pick);
        }
        const verdict = judge(event);
        batch.push(event);
        if (expectOk && !verdict.ok) {
          expectOk = false;
          expectCode = verdict.code;
        }
        if (expectOk) local.set(caseId, [...so, event]);
      }
      // Half the time an already stored event rides along as a duplicate.
      const old = sent.filter((s) => s.device === unit.device).flatMap((s) => s.batch);
      const withDuplicate = old.length > 0 && pick() < 0.5 ? [old[Math.floor(pick() * old.length)], ...batch] : batch;
      const result = await store.events.push(unit.device, withDuplicate, AT);
      expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(expectOk);
      if (result.ok) {
        accepted += batch.length;
        for (const [id, list] of local) history.set(id, list);
        sent.push({ device: unit.device, batch });
      } else {
        refused++;
        expect(result.code).toBe('eventRejected');
        expect(result.events.find((v) => v.state === 'refused')?.code).toBe(expectCode);
        unit.writer.seq = before;
      }
    }
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    expect([...history.values()].flat().some((e) => e.device === district.device.id)).toBe(true);

    const stored = await storedCases();
    for (const [caseId, c] of stored) {
      expect(c.events).toEqual(history.get(caseId));
      expect(c.count).toBe(c.events.length);
      expect(c.rules).toEqual(ruleStateOf(foldCase(c.events)));
    }
  });

  it('refuses an event beyond the per-case bound with caseEventLimit, and stores nothing of that batch', async () => {
    const { device, writer } = await enrolled(store, { officeCode: '0101' });
    const caseId = newCaseId();
    const full = [writer.register(caseId)];
    while (full.length < 40) full.push(writer.write(caseId, 'formReprinted', { form: 'talon' }));
    expect((await store.events.push(device, full, AT)).ok).toBe(true);

    const other = newCaseId();
    const beyond = [writer.register(other), writer.write(caseId, 'formReprinted', { form: 'talon' })];
    const result = await store.events.push(device, beyond, AT);
    expect(result).toMatchObject({ ok: false, status: 422, code: 'caseEventLimit', params: { limit: 40 } });
    if (!result.ok) {
      expect(result.events).toEqual([
        { id: beyond[0].id, state: 'notApplied' },
        expect.objectContaining({ id: beyond[1].id, state: 'refused', code: 'caseEventLimit' }),
      ]);
    }
    const stored = await storedCases();
    expect(stored.get(caseId)!.count).toBe(40);
    expect(stored.has(other)).toBe(false);
    // The full case's events resent are still acknowledged as duplicates.
    const resent = await store.events.push(device, full.slice(-3), AT);
    expect(resent.ok && resent.accepted.map((a) => a.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });
});
