// Enrollment: the administrator gives this PC the server's address and a
// one-time code; the server answers with the device's id, letter and token.
// Registration numbers carry the office code and the device letter, and every
// event names its device, so the server's identity must fit what this PC has
// already written: before the first event it replaces the local one (the
// office too only as said below); afterwards only when office and letter agree (then the never-sent events are
// re-stamped with the server's device id); otherwise enrollment is refused
// with an explanation, because numbers already handed to citizens carry the
// old letter and the server could give that letter to another PC. A PC that
// already synced under an earlier id (revoked, then given a new code) hands
// its unsent events to the new id, renumbered from seq 1; the old letter
// stays retired on the server, so the new one is safe for new numbers.
//
// The PC names the unit it was set up as (office or district code), so a
// server that checks refuses a code of another unit before spending it
// (409 unitMismatch). A PC that has written nothing may then take the code's
// unit if its user says the code typed at setup was wrong: it asks again naming
// that unit. On success the PC takes its unit's names from the server.
import { EnrollResponse, PROTOCOL_VERSION, UnitMismatchBody, type Bilingual, type UnitRef } from '@shared/sync/protocol';
import type { AkimatDb, OfficeSettings } from '@renderer/db/schema';
import { httpRequest, type FetchLike } from './http';
import { describeFailure } from './errors';
import { secretsFor } from '@renderer/host/secrets';
import { saveToken, storedIdentity, updateStatus, type DeviceIdentity } from './state';
import { bilingual, translate, type TextKey } from '@renderer/texts';
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

/** The unit this PC was set up as, as the enroll request names it. */
export function localUnit(settings: LocalIdentity): UnitRef {
  return { kind: settings.kind === 'district' ? 'district' : 'office', code: settings.officeCode };
}

/**
 * Decides how the server's answer fits this PC (pure; see the file comment). `accepted` is the unit
 * the user chose to take after a unitMismatch.
 */
export function planEnrollment(settings: LocalIdentity, history: LocalHistory, answer: EnrollResponse, accepted?: string): EnrollmentPlan {
  const districtPc = settings.kind === 'district';
  if (answer.scope.kind === 'district' && !districtPc) return { kind: 'refuse', reason: 'sync.enrollDistrictScope', params: {} };
  if (answer.scope.kind === 'office' && districtPc) return { kind: 'refuse', reason: 'sync.enrollOfficeScope', params: {} };
  const serverOffice = unitOf(answer);
  if (serverOffice !== settings.officeCode) {
    // Second line behind the server's check. Numbers carry the unit code, so a PC that has written
    // anything never changes its unit. One that has written nothing takes the server's unit when its
    // user chose it, or from an older server (it sends no unitName): that server did not check and has
    // spent the code already, and refusing would waste it and leave the PC with no way to connect.
    // A checking server that answers another unit unasked is refused.
    const olderServer = answer.unitName === undefined;
    if (history.eventCount > 0) {
      return {
        kind: 'refuse',
        reason: 'sync.enrollOfficeMismatch',
        params: { serverOffice, localOffice: settings.officeCode, count: history.eventCount },
      };
    }
    if (accepted !== serverOffice && !olderServer) {
      const [reason, params] = districtPc
        ? (['sync.enrollDistrictUnitRefused', { serverDistrict: serverOffice, localDistrict: settings.officeCode }] as const)
        : (['sync.enrollUnitRefused', { serverOffice, localOffice: settings.officeCode }] as const);
      return { kind: 'refuse', reason, params };
    }
  }
  if (history.eventCount === 0) {
    return { kind: 'adopt', letterChanged: answer.letter !== settings.deviceLetter, officeChanged: serverOffice !== settings.officeCode };
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

export type EnrollmentResult =
  | { ok: true; identity: DeviceIdentity; notes: Bilingual[] }
  /** `acceptUnit`: the code's unit, which this PC (nothing written yet) may take if its user says so. */
  | { ok: false; message: Bilingual; acceptUnit?: string };

export interface EnrollInput {
  serverUrl: string;
  code: string;
  deviceName?: string;
  /** The code's unit, taken instead of the one set up here (offered after a unitMismatch as `acceptUnit`). */
  acceptUnit?: string;
  /**
   * A PC joining an office that already works on another PC (features/setup/join.ts) has no settings yet:
   * these stand in for them, and are written with the identity only when the enrollment succeeds.
   */
  joining?: OfficeSettings;
}

const joined = (a: Bilingual, b: Bilingual): Bilingual => ({ kk: `${a.kk} ${b.kk}`, ru: `${a.ru} ${b.ru}` });

/** A 409 unitMismatch in this PC's terms: the code's unit against its own, and whether it may take the code's. */
export function unitRefusal(settings: LocalIdentity, eventCount: number, codeUnit: UnitRef): EnrollmentResult {
  const own = localUnit(settings);
  const kept = bilingual('sync.enrollCodeKept');
  if (codeUnit.kind !== own.kind) {
    return { ok: false, message: joined(bilingual(own.kind === 'office' ? 'sync.enrollDistrictScope' : 'sync.enrollOfficeScope'), kept) };
  }
  const refusal =
    own.kind === 'office'
      ? bilingual('sync.enrollUnitRefused', { serverOffice: codeUnit.code, localOffice: own.code })
      : bilingual('sync.enrollDistrictUnitRefused', { serverDistrict: codeUnit.code, localDistrict: own.code });
  return { ok: false, message: joined(refusal, kept), ...(eventCount === 0 ? { acceptUnit: codeUnit.code } : {}) };
}

export function normaliseServerUrl(raw: string): string | null {
  const trimmed = raw.trim().replace(/\/+$/, '');
  return /^https?:\/\/[^\s/]+(\/\S*)?$/i.test(trimmed) ? trimmed : null;
}

/** Calls POST /enroll and stores the identity, adapting or refusing as planEnrollment says. */
export async function enrollDevice(db: AkimatDb, input: EnrollInput, fetchImpl: FetchLike = fetch): Promise<EnrollmentResult> {
  const serverUrl = normaliseServerUrl(input.serverUrl);
  if (!serverUrl) return { ok: false, message: bilingual('sync.serverUrlBad') };
  const settings = (await db.settings.get('office')) ?? input.joining;
  if (!settings) return { ok: false, message: bilingual('sync.enrollBadAnswer') };
  const result = await httpRequest(fetchImpl, serverUrl, 'POST', '/enroll', undefined, {
    protocol: PROTOCOL_VERSION,
    code: input.code.trim(),
    ...(input.deviceName?.trim() ? { deviceName: input.deviceName.trim() } : {}),
    unit: { ...localUnit(settings), ...(input.acceptUnit ? { code: input.acceptUnit } : {}) },
  });
  if (result.kind === 'networkError') return { ok: false, message: bilingual('sync.enrollNoServer', { detail: result.message }) };
  const mismatch = result.status === 409 ? UnitMismatchBody.safeParse(result.body) : null;
  // Only case events bind a PC to its office (their numbers carry it); its own first person moves with it.
  if (mismatch?.success)
    return unitRefusal(settings, await db.events.where('caseId').notEqual(streamOf(settings)).count(), mismatch.data.unit);
  if (result.status !== 200) return { ok: false, message: describeFailure(result).message };
  const parsed = EnrollResponse.safeParse(result.body);
  if (!parsed.success) return { ok: false, message: bilingual('sync.enrollBadAnswer') };
  const answer = parsed.data;
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
    const fresh = (await db.settings.get('office')) ?? settings;
    // What carries this PC's letter is its case events (registration numbers); the unit's own stream carries none.
    const caseEvents = await db.events.where('caseId').notEqual(streamOf(fresh)).count();
    const history = { eventCount: caseEvents, sentCount: await db.outbox.where('state').equals('sent').count() };
    const plan = planEnrollment(fresh, history, answer, input.acceptUnit);
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
      // A PC that takes the code's unit moves its never-sent staff facts to that unit's stream.
      const [oldStream, newStream] = [streamOf(fresh), streamOf({ ...fresh, officeCode })];
      await db.events.bulkPut(
        mine
          .filter((e) => e.device === fresh.deviceId)
          .map((e) => ({ ...e, device: answer.deviceId, caseId: e.caseId === oldStream ? newStream : e.caseId })),
      );
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
    const names = namesFrom(fresh, answer, officeCode);
    if (names.nameKk !== fresh.nameKk || names.nameRu !== fresh.nameRu) {
      notes.push({
        kk: translate('kk', 'sync.enrollNameAdopted', { name: names.nameKk }),
        ru: translate('ru', 'sync.enrollNameAdopted', { name: names.nameRu }),
      });
    }
    await db.settings.put({ ...fresh, ...names, officeCode, deviceLetter: answer.letter, deviceId: answer.deviceId });
    await db.syncState.put(storedIdentity(identity));
    await updateStatus(db, { stopped: undefined, lastProblem: undefined, failures: 0, nextAttemptAt: undefined });
  });
  if (refusal) {
    await secretsFor(db.name).set('deviceToken', previousToken ?? null);
    return { ok: false, message: refusal };
  }
  return { ok: true, identity, notes };
}

/**
 * The names the header and the papers show: the server's, when it sends them (older servers do not).
 * Without a Russian name on the server the one typed at setup stays, unless the PC took another unit:
 * then that name belongs to the wrong unit and the Kazakh one stands in.
 */
function namesFrom(settings: OfficeSettings, answer: EnrollResponse, unit: string): Pick<OfficeSettings, 'nameKk' | 'nameRu'> {
  const name = answer.unitName;
  // A joining PC has typed no names: the unit's code stands in until the server has them.
  if (!name) return { nameKk: settings.nameKk || unit, nameRu: settings.nameRu || unit };
  return { nameKk: name.kk, nameRu: name.ru ?? (unit === settings.officeCode && settings.nameRu ? settings.nameRu : name.kk) };
}
