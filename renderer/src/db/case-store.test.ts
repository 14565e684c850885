import { describe, expect, it } from 'vitest';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { checklistFor, missingDocuments } from '@renderer/features/intake/checklist';
import { refuseApplication, registerApplication } from '@renderer/features/intake/submit';
import { clerk, filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import { appendEvents, loadCase, RejectedWrite, InvalidEvent } from './case-store';
import { StorageFailure } from './storage-errors';

const checklist = checklistFor(fixtureEntry, false);

describe('registering an application', () => {
  it('writes the events, an outbox row for each, and the case summary in one go', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    expect(state.status).toBe('registered');
    expect(state.number).toBe('0512-26A-0001');
    const events = await db.events.where('caseId').equals(state.caseId).toArray();
    expect(events.map((e) => e.type).sort()).toEqual(['consentRecorded', 'registered', 'talonIssued']);
    expect(events.every((e) => e.actor.name === clerk.name)).toBe(true);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => o.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    expect(outbox.every((o) => o.state === 'pending')).toBe(true);
    const summary = await db.cases.get(state.caseId);
    expect(summary).toMatchObject({
      number: '0512-26A-0001',
      iin: filledForm().iin,
      surnameKey: 'өтемісова',
      status: 'registered',
      registeredDate: '2026-11-23',
    });
    expect(summary!.openDue).toBe(state.nextStep!.due);
  });

  it('numbers cases and device events without gaps', async () => {
    const db = freshDb();
    const a = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const b = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    expect([a.number, b.number]).toEqual(['0512-26A-0001', '0512-26A-0002']);
    const seqs = (await db.events.toArray()).map((e) => e.seq).sort((x, y) => x - y);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('starts the number sequence again in a new year', async () => {
    const db = freshDb();
    await registerApplication(writeContext(db, '2026-12-30T10:00'), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const next = await registerApplication(
      writeContext(db, '2027-01-05T10:00'),
      filledForm(),
      fixtureEntry,
      checklist,
      DEFAULT_OFFICE_HOURS,
    );
    expect(next.number).toBe('0512-27A-0001');
  });

  it('removes the draft in the same transaction', async () => {
    const db = freshDb();
    await db.drafts.put({ id: 'intake:u-1', userId: 'u-1', updatedAt: 'x', data: {} });
    await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS, 'intake:u-1');
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('refusing an incomplete package', () => {
  it('records only the refusal receipt with the missing documents', async () => {
    const db = freshDb();
    const form = filledForm({ documents: {} });
    const missing = missingDocuments(checklist, form);
    const state = await refuseApplication(writeContext(db), form, fixtureEntry, missing);
    expect(state.status).toBe('refusedAtIntake');
    const events = await db.events.toArray();
    expect(events.map((e) => e.type)).toEqual(['refusalReceiptIssued']);
    expect(state.refusal!.missingDocuments.map((d) => d.kk)).toEqual(missing.map((m) => m.title.kk));
    expect((await db.cases.get(state.caseId))!.openDue).toBeUndefined();
  });
});

describe('writes that must not happen', () => {
  it('rejects an event the case rules forbid, with the reason code, and writes nothing', async () => {
    const db = freshDb();
    const form = filledForm({ documents: {} });
    const refused = await refuseApplication(writeContext(db), form, fixtureEntry, missingDocuments(checklist, form));
    const before = await db.events.count();
    const attempt = appendEvents(writeContext(db), refused.caseId, () => [
      { type: 'talonIssued', payload: { resultDate: '2026-12-01', duplicate: false } },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(RejectedWrite);
    await expect(attempt).rejects.toMatchObject({ code: 'notRegistered' });
    expect(await db.events.count()).toBe(before);
    expect(await db.outbox.count()).toBe(before);
    expect((await db.meta.get('deviceSeq:device-1'))!.value).toBe(1);
  });

  it('rejects an invalid event (schema) and keeps the counters unchanged', async () => {
    const db = freshDb();
    const attempt = registerApplication(writeContext(db), filledForm({ address: '   ' }), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    await expect(attempt).rejects.toBeInstanceOf(InvalidEvent);
    await expect(attempt).rejects.toMatchObject({ field: 'payload.applicant.address' });
    expect(await db.events.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('turns a full disk (QuotaExceededError) into a quota failure and rolls back every table', async () => {
    const db = freshDb();
    await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    // The browser throws QuotaExceededError from a write; simulate it on the outbox, the last table written.
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await db.drafts.put({ id: 'intake:u-1', userId: 'u-1', updatedAt: 'x', data: { surname: 'Өтемісова' } });
    const attempt = registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS, 'intake:u-1');
    await expect(attempt).rejects.toBeInstanceOf(StorageFailure);
    await expect(attempt).rejects.toMatchObject({ problem: 'quota' });
    expect(await db.events.count()).toBe(3);
    expect(await db.cases.count()).toBe(1);
    expect((await db.meta.get('regSeq:0512:A:2026'))!.value).toBe(1);
    expect(await db.drafts.get('intake:u-1')).toBeDefined();
  });

  it('folds the stored events back into the same state', async () => {
    const db = freshDb();
    const state = await registerApplication(writeContext(db), filledForm(), fixtureEntry, checklist, DEFAULT_OFFICE_HOURS);
    const loaded = await loadCase(db, state.caseId, '2026-11-23T10:05');
    expect(loaded!.resultDate).toBe(state.resultDate);
    expect(loaded!.events.map((e) => e.type)).toEqual(['registered', 'consentRecorded', 'talonIssued']);
  });
});
