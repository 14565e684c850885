// Enrollment: the administrator gives this PC the server's address and a
// one-time code; the server answers with the device's id, letter and token.
// Registration numbers carry the office code and the device letter, and every
// event names its device, so the server's identity must fit what this PC has
// already written: before the first event it simply replaces the local one;
// afterwards only when office and letter agree (then the never-sent events are
// re-stamped with the server's device id); otherwise enrollment is refused
// with an explanation, because numbers already handed to citizens carry the
// old letter and the server could give that letter to another PC. A PC that
// already synced under an earlier id (revoked, then given a new code) hands
// its unsent events to the new id, renumbered from seq 1; the old letter
// stays retired on the server, so the new one is safe for new numbers.
import { EnrollResponse, PROTOCOL_VERSION, type Bilingual } from '@shared/sync/protocol';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import { httpRequest, type FetchLike } from './http';
import { describeFailure } from './errors';
import { secretsFor } from '@renderer/host/secrets';
import { saveToken, storedIdentity, updateStatus, type DeviceIdentity } from './state';
import { bilingual, type TextKey } from '@renderer/texts';
import { streamOf } from '@renderer/db/unit-store';

export type EnrollmentPlan =
  | { kind: 'adopt'; letterChanged: boolean; officeChanged: boolean }
  | { kind: 'restamp' }
  /** A PC already known to the server under another id (revoked, re-enrolled): the new id takes over its unsent events. */
  | { kind: 'takeOver' }
  | { kind: 'refuse'; reason: TextKey; params: Record<string, string | number> };

export interface LocalHistory {
  /** Events written on this PC. */
  eventCount: number;
  /** Of them, already acknowledged by a server. */
  sentCount: number;
}

/** What enrollment compares; `kind` marks a district department's PC (absent: an akimat office). */
export type LocalIdentity = Pick<OfficeSettings, 'officeCode' | 'deviceLetter' | 'deviceId'> & { kind?: 'akimat' | 'district' };

/** The office or district code the server's identity writes events as. */
export function unitOf(answer: EnrollResponse): string {
  return answer.scope.kind === 'office' ? answer.scope.officeCode : answer.scope.districtCode;
}

/** Decides how the server's answer fits this PC (pure; see the file comment). */
export function planEnrollment(settings: LocalIdentity, history: LocalHistory, answer: EnrollResponse): EnrollmentPlan {
  const districtPc = settings.kind === 'district';
  if (answer.scope.kind === 'district' && !districtPc) return { kind: 'refuse', reason: 'sync.enrollDistrictScope', params: {} };
  if (answer.scope.kind === 'office' && districtPc) return { kind: 'refuse', reason: 'sync.enrollOfficeScope', params: {} };
  const serverOffice = unitOf(answer);
  if (history.eventCount === 0) {
    return { kind: 'adopt', letterChanged: answer.letter !== settings.deviceLetter, officeChanged: serverOffice !== settings.officeCode };
  }
  if (serverOffice !== settings.officeCode) {
    return {
      kind: 'refuse',
      reason: 'sync.enrollOfficeMismatch',
      params: { serverOffice, localOffice: settings.officeCode, count: history.eventCount },
    };
  }
  // Its old letter is retired on the server (letters are never reused), so new numbers may take the new one.
  if (history.sentCount > 0 && settings.deviceId !== answer.deviceId) return { kind: 'takeOver' };
  if (answer.letter !== settings.deviceLetter) {
    return {
      kind: 'refuse',
      reason: 'sync.enrollLetterMismatch',
      params: { serverLetter: answer.letter, localLetter: settings.deviceLetter, count: history.eventCount, deviceId: answer.deviceId },
    };
  }
  return { kind: 'restamp' };
}

export type EnrollmentResult = { ok: true; identity: DeviceIdentity; notes: Bilingual[] } | { ok: false; message: Bilingual };

export function normaliseServerUrl(raw: string): string | null {
  const trimmed = raw.trim().replace(/\/+$/, '');
  return /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(trimmed) ? trimmed : null;
}

/** Calls POST /enroll and stores the identity, adapting or refusing as planEnrollment says. */
export async function enrollDevice(
  db: AkimatDb,
  input: { serverUrl: string; code: string; deviceName?: string },
  fetchImpl: FetchLike = fetch,
): Promise<EnrollmentResult> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  if (!serverUrl) return { ok: false, message: bilingual('sync.serverUrlBad') };
  const result = await httpRequest(fetchImpl, serverUrl, 'POST', '/enroll', undefined, {
    protocol: PROTOCOL_VERSION,
    code: input.code.trim(),
    ...(input.deviceName?.trim() ? { deviceName: input.deviceName.trim() } : {}),
  });
  if (result.kind === 'networkError') return { ok: false, message: bilingual('sync.enrollNoServer', { detail: result.message }) };
  if (result.status !== 200) return { ok: false, message: describeFailure(result).message };
  const parsed = EnrollResponse.safeParse(result.body);
  if (!parsed.success) return { ok: false, message: bilingual('sync.enrollBadAnswer') };
  const answer = parsed.data;

  const settings = await db.settings.get('office');
  if (!settings) return { ok: false, message: bilingual('sync.enrollBadAnswer') };
  const identity: DeviceIdentity = {
    key: 'device',
    serverUrl,
    deviceId: answer.deviceId,
    letter: answer.letter,
    token: answer.token,
    scope: answer.scope,
    enrolledAt: answer.serverTime,
  };
  const notes: Bilingual[] = [];
  let refusal: Bilingual | null = null;
  // The token never goes into the database: the host's secret store keeps it. Stored first, so a host
  // that cannot keep it (no OS encryption) fails the enrollment before anything here changed.
  const previousToken = await secretsFor(db.name).get('deviceToken');
  try {
    await saveToken(db, answer.token);
  } catch (error) {
    return { ok: false, message: bilingual('sync.enrollTokenNotKept', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  await db.transaction('rw', [db.settings, db.events, db.outbox, db.meta, db.syncState], async () => {
    const fresh = (await db.settings.get('office'))!;
    // What carries this PC's letter is its case events (registration numbers); the unit's own stream carries none.
    const caseEvents = await db.events.where('caseId').notEqual(streamOf(fresh)).count();
    const history = { eventCount: caseEvents, sentCount: await db.outbox.where('state').equals('sent').count() };
    const plan = planEnrollment(fresh, history, answer);
    if (plan.kind === 'refuse') {
      refusal = bilingual(plan.reason, plan.params);
      return;
    }
    const officeCode = unitOf(answer);
    if (plan.kind === 'adopt') {
      if (plan.letterChanged) notes.push(bilingual('sync.enrollLetterAdopted', { letter: answer.letter }));
      if (plan.officeChanged) notes.push(bilingual('sync.enrollOfficeAdopted', { officeCode }));
    }
    if (plan.kind === 'adopt' || plan.kind === 'restamp') {
      // Never-sent events get the server's name for this device; ids, seq and numbers stay.
      const mine = await db.events
        .where('id')
        .anyOf((await db.outbox.toArray()).map((o) => o.eventId))
        .toArray();
      await db.events.bulkPut(mine.filter((e) => e.device === fresh.deviceId).map((e) => ({ ...e, device: answer.deviceId })));
    } else {
      const unsent = (await db.outbox.where('state').anyOf('pending', 'error').toArray()).map((o) => o.eventId);
      const events = (await db.events.bulkGet(unsent)).filter((e) => e !== undefined).sort((a, b) => a.seq - b.seq);
      await db.events.bulkPut(events.map((e, i) => ({ ...e, device: answer.deviceId, seq: i + 1 })));
      await db.outbox.bulkPut(events.map((e) => ({ eventId: e.id, state: 'pending' as const })));
      await db.meta.put({ key: `deviceSeq:${answer.deviceId}`, value: events.length });
      notes.push(bilingual('sync.enrollTakeOver', { count: events.length, deviceId: answer.deviceId, letter: answer.letter }));
    }
    const counter = await db.meta.get(`deviceSeq:${fresh.deviceId}`);
    if (counter && fresh.deviceId !== answer.deviceId && plan.kind !== 'takeOver') {
      await db.meta.put({ key: `deviceSeq:${answer.deviceId}`, value: counter.value });
      await db.meta.delete(`deviceSeq:${fresh.deviceId}`);
    }
    await db.settings.put({ ...fresh, officeCode, deviceLetter: answer.letter, deviceId: answer.deviceId });
    await db.syncState.put(storedIdentity(identity));
    await updateStatus(db, { stopped: undefined, lastProblem: undefined, failures: 0, nextAttemptAt: undefined });
  });
  if (refusal) {
    await secretsFor(db.name).set('deviceToken', previousToken ?? null);
    return { ok: false, message: refusal };
  }
  return { ok: true, identity, notes };
}
